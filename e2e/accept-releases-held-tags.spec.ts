import { expect, test } from '@playwright/test'
import { allRequests, collectErrors, leaks, requestsTo, settle, vendorLog, visit } from './fixtures/gating'

const NOTHING = { gtag: [], facebook: [], video: [], chat: [] }

test('before any choice, held tags send no request and set no cookie', async ({ page, context }, testInfo) => {
  const errors = collectErrors(page)
  await visit(page, testInfo, '/brew')
  await settle(page)
  expect(await allRequests(testInfo)).toEqual(NOTHING)
  expect((await vendorLog(page)).runs).toEqual([])
  expect(await context.cookies()).toEqual([])
  expect(await leaks(page)).toEqual([])
  expect(errors).toEqual([])
})

test('accept all runs each held tag exactly once, the inline pixel call after its library', async ({ page, context }, testInfo) => {
  const errors = collectErrors(page)
  await visit(page, testInfo, '/brew')
  await settle(page)
  await page.evaluate(() => window.consentry.acceptAll())
  await expect.poll(async () => (await vendorLog(page)).runs.sort()).toEqual(['chat', 'fbevents', 'gtag'])
  await expect.poll(() => requestsTo('video', testInfo)).toEqual(['/embed/brew-v60'])
  await settle(page)
  // fbevents.js answers after 300 ms: the inline fbq('track') only works because it waited for it.
  expect(await allRequests(testInfo)).toEqual({
    gtag: ['/gtag/js?id=G-DEMO', '/g/collect?en=page_view'],
    facebook: ['/en_US/fbevents.js', '/tr?ev=PageView'],
    video: ['/embed/brew-v60'],
    chat: ['/widget.js'],
  })
  expect((await vendorLog(page)).runs.sort()).toEqual(['chat', 'fbevents', 'gtag'])
  expect((await context.cookies()).map((c) => c.name).sort()).toEqual(['_fbp', '_ga', '_ga_DEMO', 'chat_session', 'consentry'])
  await expect(page.frameLocator('iframe[title="How to brew a V60"]').locator('#player')).toHaveText('▶ brew-v60')
  expect(await leaks(page)).toEqual([])
  expect(errors).toEqual([])
})

test('a returning visitor gets each tag once at load, and the video is not left blank', async ({ page }, testInfo) => {
  const errors = collectErrors(page)
  await visit(page, testInfo, '/brew')
  await page.evaluate(() => window.consentry.acceptAll())
  await expect.poll(async () => (await vendorLog(page)).runs.length).toBe(3)
  await settle(page)
  await page.reload()
  await expect.poll(async () => (await vendorLog(page)).runs.sort()).toEqual(['chat', 'fbevents', 'gtag'])
  // Released while the page was still parsing: Chromium can leave such an iframe blank (standards.md).
  await expect(page.frameLocator('iframe[title="How to brew a V60"]').locator('#player')).toHaveText('▶ brew-v60')
  await settle(page)
  const requests = await allRequests(testInfo)
  expect(requests.facebook).toEqual(['/en_US/fbevents.js', '/tr?ev=PageView', '/en_US/fbevents.js', '/tr?ev=PageView'])
  expect(requests.video).toEqual(['/embed/brew-v60', '/embed/brew-v60'])
  expect(requests.chat).toEqual(['/widget.js', '/widget.js'])
  expect(await leaks(page)).toEqual([])
  expect(errors).toEqual([])
})

test('reject all keeps every tag held, also on the next page', async ({ page }, testInfo) => {
  await visit(page, testInfo, '/brew')
  await page.evaluate(() => window.consentry.rejectAll())
  await settle(page)
  await page.reload()
  await settle(page)
  expect(await allRequests(testInfo)).toEqual(NOTHING)
  expect(await page.locator('script[type="text/plain"][data-category]').count()).toBe(4)
  expect(await page.locator('iframe[data-src]').count()).toBe(1)
  expect(await leaks(page)).toEqual([])
})

test('allowing one service releases only that service', async ({ page }, testInfo) => {
  await visit(page, testInfo, '/brew')
  await page.evaluate(() => window.consentry.set({}, { services: { 'support-chat': true } }))
  await expect.poll(async () => (await vendorLog(page)).runs).toEqual(['chat'])
  await settle(page)
  expect(await allRequests(testInfo)).toEqual({ ...NOTHING, chat: ['/widget.js'] })
})
