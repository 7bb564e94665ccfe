import { expect, test } from '@playwright/test'
import { requestsTo, settle, vendorLog, visit } from './fixtures/gating'

test('under a strict CSP a released inline script runs with the nonce the page gave it', async ({ page }, testInfo) => {
  await visit(page, testInfo, '/held-under-csp')
  await settle(page)
  expect(await requestsTo('facebook', testInfo)).toEqual([])
  await page.evaluate(() => window.consentry.acceptAll())
  await expect.poll(() => page.evaluate(() => (window as unknown as { heldWithNonce?: string }).heldWithNonce)).toBe('ran')
  await expect.poll(() => requestsTo('facebook', testInfo)).toEqual(['/en_US/fbevents.js', '/tr?ev=PageView'])
  expect((await vendorLog(page)).runs).toEqual(['fbevents'])
  // The policy still applies: the held script that had no nonce was not let through by the release.
  await settle(page)
  expect(await page.evaluate(() => (window as unknown as { heldWithoutNonce?: string }).heldWithoutNonce)).toBeUndefined()
})
