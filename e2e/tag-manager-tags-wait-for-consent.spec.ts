import { expect, test } from '@playwright/test'
import { allRequests, collectErrors, leaks, requestsTo, settle, vendorLog, visit } from './fixtures/gating'

test('tags a GTM container inserts without consent checks send nothing before consent', async ({ page, context }, testInfo) => {
  const errors = collectErrors(page)
  await visit(page, testInfo, '/tag-manager')
  await expect.poll(async () => (await vendorLog(page)).fired.map((f) => f.tag)).toEqual(['meta-pixel', 'chat', 'video', 'conversion-pixel'])
  await settle(page)
  // The container itself loads (advanced Consent Mode); what it inserted is held by URL pattern.
  expect(await requestsTo('gtm', testInfo)).toEqual(['/gtm.js?id=GTM-DEMO'])
  expect(await allRequests(testInfo)).toEqual({ gtag: [], facebook: [], video: [], chat: [] })
  expect((await vendorLog(page)).runs).toEqual(['gtm'])
  expect(await page.locator('script[type="text/plain"][data-service="meta-pixel"]').count()).toBe(1)
  expect(await page.locator('#gtm-slot iframe[data-src]').count()).toBe(1)
  expect((await context.cookies()).map((c) => c.name)).toEqual([])
  expect(await leaks(page)).toEqual([])
  expect(errors).toEqual([])
})

test('accepting releases each injected tag exactly once, keeping the onload the container attached', async ({ page }, testInfo) => {
  const errors = collectErrors(page)
  await visit(page, testInfo, '/tag-manager')
  await expect.poll(async () => (await vendorLog(page)).fired.length).toBe(4)
  await page.evaluate(() => window.consentry.acceptAll())
  await expect.poll(() => requestsTo('facebook', testInfo)).toEqual(['/en_US/fbevents.js', '/tr?ev=PageView'])
  await expect.poll(() => requestsTo('video', testInfo)).toEqual(['/embed/gtm-promo'])
  await settle(page)
  const requests = await allRequests(testInfo)
  expect(requests.chat).toEqual(['/widget.js'])
  // The GA4 tag fired through GTM once consent arrived; the pixel image made before consent is dropped, not replayed.
  expect(requests.gtag).toEqual(['/g/collect?en=page_view&via=gtm-event'])
  expect((await vendorLog(page)).runs.sort()).toEqual(['chat', 'fbevents', 'gtm'])
  await expect(page.frameLocator('#gtm-slot iframe').locator('#player')).toHaveText('▶ gtm-promo')
  expect(await leaks(page)).toEqual([])
  expect(errors).toEqual([])
})
