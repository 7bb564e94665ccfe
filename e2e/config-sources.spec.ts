import { expect, test } from '@playwright/test'
import { consentState, watchErrors, withConfig } from './helpers'

test('window.consentryConfig overrides the JSON block key by key, and the page keeps the rest', async ({ page }) => {
  await withConfig(page, { policyVersion: 'from-window' })
  await page.goto('/')
  const config = await page.evaluate(() => window.consentry.config)
  expect(config.policyVersion).toBe('from-window')
  expect(config.revision).toBe(1)
  expect(config.categories.marketing.services.map((s) => s.id)).toEqual(['meta-pixel', 'video'])
})

test('a wrong config is reported once per problem with the path, and the page still works', async ({ page }) => {
  const { pageErrors, consoleErrors } = watchErrors(page)
  await withConfig(page, { revision: 'two', cookie: { expiresDays: 900 }, categories: { marketing: { services: [{ id: 'x', name: 'X', cookies: [{ name: '_x', duration: 13 }] }] } } })
  await page.goto('/')
  await expect.poll(() => consoleErrors.length).toBeGreaterThanOrEqual(3)
  expect(consoleErrors).toEqual(
    expect.arrayContaining([
      'consentry: revision must be a whole number from 0 to 2147483647 (got "two")',
      'consentry: cookie.expiresDays must be a whole number from 1 to 395 (got 900)',
      'consentry: categories.marketing.services[0].cookies[0].duration must be a string like "13 months" or "session" (got 13)',
    ]),
  )
  expect(new Set(consoleErrors).size).toBe(consoleErrors.length)
  await page.evaluate(() => window.consentry.acceptAll())
  expect((await consentState(page)).decided).toBe(true)
  expect(pageErrors).toEqual([])
})

test('data-endpoint on the script tag sets the receipt endpoint', async ({ page }) => {
  await page.route('**/consentry-endpoint-test', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><script src="/consentry.js" data-endpoint="https://consent.example.com/v1/receipts"></script>',
    }),
  )
  await page.goto('/consentry-endpoint-test')
  expect(await page.evaluate(() => window.consentry.config.endpoint)).toBe('https://consent.example.com/v1/receipts')
})

test('invalid JSON in the config block is reported and does not break the page', async ({ page }) => {
  const { pageErrors, consoleErrors } = watchErrors(page)
  await page.route('**/broken-json', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><script type="application/json" id="consentry-config">{"revision": 2,</script><script src="/consentry.js"></script>',
    }),
  )
  await page.goto('/broken-json')
  expect(consoleErrors.some((e) => e.startsWith('consentry: #consentry-config is not valid JSON'))).toBe(true)
  expect((await consentState(page)).decided).toBe(false)
  expect(pageErrors).toEqual([])
})
