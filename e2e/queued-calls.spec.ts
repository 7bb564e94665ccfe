import { expect, test } from '@playwright/test'
import { consentState } from './helpers'

test('calls queued before the script loaded are honoured in order', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { consentry: unknown[]; seen: string[] }
    w.seen = []
    w.consentry = w.consentry || []
    w.consentry.push(['on', 'change', (change: { event: string }) => w.seen.push(change.event)])
    w.consentry.push(['set', { performance: true }])
    w.consentry.push((consentry: { has(id: string): boolean }) => w.seen.push(`performance:${consentry.has('performance')}`))
    w.consentry.push(['noSuchMethod'])
  })
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto('/')
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['grant', 'performance:true'])
  expect((await consentState(page)).choices.performance).toBe(true)
  expect(errors).toContain('consentry: a queued call failed (unknown method "noSuchMethod")')
  // Pushing after load runs at once.
  await page.evaluate(() => window.consentry.push(['set', { marketing: true }]))
  expect((await consentState(page)).choices.marketing).toBe(true)
})
