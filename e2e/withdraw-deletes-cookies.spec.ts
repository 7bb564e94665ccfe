import { expect, test } from '@playwright/test'
import { allRequests, settle, siteOf, vendorLog, visit } from './fixtures/gating'

const names = async (context: import('@playwright/test').BrowserContext) => (await context.cookies()).map((c) => `${c.name}@${c.domain}${c.path}`).sort()

test.beforeEach(async ({ page }, testInfo) => {
  await visit(page, testInfo, '/brew')
  await page.evaluate(() => window.consentry.acceptAll())
  await expect.poll(async () => (await vendorLog(page)).runs.length).toBe(3)
  await settle(page)
})

test('vendor cookies sit on the parent domain and on the page path, as real vendors put them', async ({ context }, testInfo) => {
  const host = siteOf(testInfo).split(':')[0]
  const parent = host.slice(host.indexOf('.'))
  expect(await names(context)).toEqual([`_fbp@${host}/`, `_ga@${parent}/`, `_ga_DEMO@${parent}/`, `chat_session@${host}/brew`, `consentry@${host}/`])
})

test('withdrawing a category that does not reload deletes its cookies at once, on its path', async ({ page, context }, testInfo) => {
  const host = siteOf(testInfo).split(':')[0]
  await page.evaluate(() => Object.assign(window, { stillHere: true }))
  await page.evaluate(() => window.consentry.set({ functional: false }))
  expect(await names(context)).not.toContain(`chat_session@${host}/brew`)
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true)
})

test('withdrawing marketing and performance reloads the page and deletes their cookies on the parent domain too', async ({ page, context }, testInfo) => {
  const host = siteOf(testInfo).split(':')[0]
  const reloaded = page.waitForEvent('load')
  await page.evaluate(() => window.consentry.set({ marketing: false, performance: false }))
  await reloaded
  await settle(page)
  // Klaro deleted `_ga` host-only, so the copy GA writes on the parent domain survived withdrawal.
  expect(await names(context)).toEqual([`chat_session@${host}/brew`, `consentry@${host}/`])
  // After the reload nothing of theirs runs again.
  expect((await vendorLog(page)).runs).toEqual(['chat'])
  const requests = await allRequests(testInfo)
  expect(requests.facebook).toEqual(['/en_US/fbevents.js', '/tr?ev=PageView'])
  expect(requests.gtag).toEqual(['/gtag/js?id=G-DEMO', '/g/collect?en=page_view'])
})

test('a cookie on a path the withdrawing page cannot see is deleted on the next visit there', async ({ page, context }, testInfo) => {
  const host = siteOf(testInfo).split(':')[0]
  await visit(page, testInfo, '/')
  await page.evaluate(() => window.consentry.set({ functional: false }))
  expect(await names(context)).toContain(`chat_session@${host}/brew`)
  await visit(page, testInfo, '/brew')
  await settle(page)
  expect(await names(context)).not.toContain(`chat_session@${host}/brew`)
})

test('reset() withdraws everything: the page reloads and every declared cookie is gone', async ({ page, context }) => {
  const reloaded = page.waitForEvent('load')
  await page.evaluate(() => window.consentry.reset())
  await reloaded
  await settle(page)
  expect(await names(context)).toEqual([])
})
