import { expect, test } from '@playwright/test'
import { leaks, settle, visit } from './fixtures/gating'

test('leaks() reports a request that escaped the gate, and with debug the console says so', async ({ page }, testInfo) => {
  await page.addInitScript(() => Object.assign(window, { consentryConfig: { debug: true } }))
  const warnings: string[] = []
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()))
  await visit(page, testInfo, '/brew')
  await settle(page)
  expect(await leaks(page)).toEqual([])
  // Markup parsed by innerHTML with a real src goes around every setter: the detector must notice.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<div id="pasted"><img src="http://127.0.0.1:4402/tr?ev=pasted" alt=""></div>')
  })
  await expect.poll(() => leaks(page)).toEqual([
    { category: 'marketing', service: 'meta-pixel', url: 'http://127.0.0.1:4402/tr?ev=pasted', at: expect.any(Number) },
  ])
  await expect.poll(() => warnings.filter((w) => w.includes('leak: http://127.0.0.1:4402/tr?ev=pasted'))).toHaveLength(1)
})

test('a request made after the service was allowed is not a leak', async ({ page }, testInfo) => {
  await visit(page, testInfo, '/brew')
  await page.evaluate(() => window.consentry.acceptAll())
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<img src="http://127.0.0.1:4402/tr?ev=after" alt="">')
  })
  await settle(page)
  expect(await leaks(page)).toEqual([])
})
