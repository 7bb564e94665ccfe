import { expect, test } from '@playwright/test'
import { allRequests, leaks, requestsTo, settle, visit } from './fixtures/gating'

// Klaro and c15t (after reject-all) let embeds added after load through.
test('embeds and scripts added after a reject-all stay held, then load once on accept', async ({ page }, testInfo) => {
  await visit(page, testInfo, '/brew')
  await page.evaluate(() => window.consentry.rejectAll())
  await page.evaluate(() => {
    const main = document.querySelector('main')!
    // Marked markup added by app code…
    main.insertAdjacentHTML('beforeend', '<iframe id="late-marked" data-category="marketing" data-service="video" data-src="http://127.0.0.1:4403/embed/late-marked" width="320" height="180" title="Late marked"></iframe>')
    // …and unmarked tags, caught by the services' URL patterns.
    const frame = document.createElement('iframe')
    frame.id = 'late-unmarked'
    frame.title = 'Late unmarked'
    frame.src = 'http://127.0.0.1:4403/embed/late-unmarked'
    main.append(frame)
    const script = document.createElement('script')
    script.src = 'http://127.0.0.1:4404/widget.js'
    document.body.appendChild(script)
    const pixel = document.createElement('img')
    pixel.setAttribute('src', 'http://127.0.0.1:4402/tr?ev=late')
    main.append(pixel)
  })
  await settle(page)
  expect(await allRequests(testInfo)).toEqual({ gtag: [], facebook: [], video: [], chat: [] })
  await expect(page.getByRole('group', { name: 'Video player' })).toHaveCount(3)
  expect(await leaks(page)).toEqual([])

  await page.evaluate(() => window.consentry.acceptAll())
  await expect.poll(async () => (await requestsTo('video', testInfo)).sort()).toEqual(['/embed/brew-v60', '/embed/late-marked', '/embed/late-unmarked'])
  await settle(page)
  const requests = await allRequests(testInfo)
  // The page's own held widget and the late one: one execution each.
  expect(requests.chat).toEqual(['/widget.js', '/widget.js'])
  expect(requests.facebook.sort()).toEqual(['/en_US/fbevents.js', '/tr?ev=PageView', '/tr?ev=late'])
  await expect(page.getByRole('group', { name: 'Video player' })).toHaveCount(0)
  expect(await leaks(page)).toEqual([])
})
