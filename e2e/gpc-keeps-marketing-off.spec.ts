import { expect, test } from '@playwright/test'
import { consentState, withGpc } from './helpers'

test('with Global Privacy Control on, accept all leaves marketing off and says the signal was honoured', async ({ page }) => {
  await withGpc(page)
  await page.goto('/')
  expect((await consentState(page)).gpc).toBe(true)
  await page.evaluate(() => window.consentry.acceptAll())
  await page.reload()
  expect(await consentState(page)).toMatchObject({ gpc: true, choices: { functional: true, performance: true, marketing: false } })
})

test('with Global Privacy Control on, an explicit opt-in to marketing wins and is kept', async ({ page }) => {
  await withGpc(page)
  await page.goto('/')
  await page.evaluate(() => window.consentry.set({ marketing: true }))
  await page.reload()
  expect(await consentState(page)).toMatchObject({ gpc: true, choices: { marketing: true } })
})
