import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { canonicalJson } from '../src/receipts/canonical'
import { consentState, watchErrors, withConfig, withGpc } from './helpers'
import { type ReceiptCollector, expect, test } from './receipt-collector'
import { banner, changes, preferences, recordChanges } from './ui-helpers'

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** Waits until the page's outbox is empty and the collector holds `count` receipts, each stored once. */
const landed = async (page: Page, collector: ReceiptCollector, consentId: string, count: number) => {
  await expect.poll(() => page.evaluate(() => localStorage.getItem('consentry-outbox')), { timeout: 15_000 }).toBeNull()
  await expect.poll(async () => Object.values(await collector.storedCounts(consentId)), { timeout: 15_000 }).toEqual(Array(count).fill(1))
  return collector.receiptsOf(consentId)
}

/** What bannerHash covers for a change made through the API: the canonical category/service configuration. */
const configHash = (page: Page) =>
  page.evaluate(() => ({ policyVersion: window.consentry.config.policyVersion, revision: window.consentry.config.revision, categories: window.consentry.config.categories })).then((config) => sha256(canonicalJson(config)))

test.beforeEach(async ({ page, collector }) => {
  await withConfig(page, { endpoint: collector.endpoint })
  await recordChanges(page)
})

test('Accept all in the banner lands one grant receipt, hashed over the texts the visitor saw', async ({ page, collector, baseURL }) => {
  const { pageErrors, consoleErrors } = watchErrors(page)
  await page.goto('/?utm_source=newsletter&email=visitor@example.com#offers')
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  const { consentId } = await consentState(page)
  const [receipt] = await landed(page, collector, consentId!, 1)
  const [change] = await changes(page)
  expect(change.shown).toContain('We use cookies')
  expect(receipt).toMatchObject({
    v: 1,
    consentId,
    event: 'grant',
    surface: 'banner',
    action: 'accept-all',
    locale: 'en',
    choices: { necessary: true, functional: true, performance: true, marketing: true },
    services: { 'support-chat': true, 'google-analytics': true, 'meta-pixel': true, video: true },
    previous: null,
    policyVersion: '2026-11',
    revision: 1,
    bannerHash: sha256(change.shown),
    page: new URL('/', baseURL).href,
    sdk: `consentry@${version}`,
  })
  expect(receipt.signals).toMatchObject({ gpc: false })
  expect(JSON.stringify(receipt)).not.toMatch(/utm_source|visitor@example\.com|offers|HeadlessChrome|Mozilla/)
  expect(pageErrors).toEqual([])
  expect(consoleErrors.filter((message) => message.includes('consentry'))).toEqual([])
})

test('Reject all in the banner lands one refuse receipt', async ({ page, collector }) => {
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  const { consentId } = await consentState(page)
  const [receipt] = await landed(page, collector, consentId!, 1)
  const [change] = await changes(page)
  expect(receipt).toMatchObject({
    event: 'refuse',
    surface: 'banner',
    action: 'reject-all',
    choices: { necessary: true, functional: false, performance: false, marketing: false },
    previous: null,
    bannerHash: sha256(change.shown),
  })
})

test('choices saved in the preference center, then changed through the API, land one receipt each', async ({ page, collector }) => {
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Customize' }).click()
  const dialog = preferences(page)
  await dialog.getByRole('switch', { name: 'Performance', exact: true }).click()
  await dialog.getByRole('button', { name: 'Save choices' }).click()
  await expect(dialog).toHaveCount(0)
  await page.evaluate(() => window.consentry.set({ functional: true }))
  await page.evaluate(() => window.consentry.set({ performance: false }))
  const { consentId } = await consentState(page)
  const receipts = await landed(page, collector, consentId!, 3)
  const [saved] = await changes(page)
  expect(receipts.map((r) => [r.event, r.surface, r.action])).toEqual([
    ['grant', 'preferences', saved.action],
    ['update', 'api', 'set'],
    ['withdraw', 'api', 'set'],
  ])
  expect(receipts[0].choices).toEqual({ necessary: true, functional: false, performance: true, marketing: false })
  expect(receipts[0].bannerHash).toBe(sha256(saved.shown))
  expect(receipts[1].previous).toEqual(receipts[0].choices)
  expect(receipts[2].choices).toEqual({ necessary: true, functional: true, performance: false, marketing: false })
  expect(receipts[1].bannerHash).toBe(await configHash(page))
})

test('reset() lands one withdrawal under the consent ID the visitor had', async ({ page, collector }) => {
  await page.goto('/')
  await page.evaluate(() => window.consentry.acceptAll())
  const { consentId } = await consentState(page)
  await page.evaluate(() => window.consentry.reset())
  expect((await consentState(page)).consentId).toBeNull()
  const receipts = await landed(page, collector, consentId!, 2)
  expect(receipts.map((r) => r.event)).toEqual(['grant', 'withdraw'])
  expect(receipts[1]).toMatchObject({ action: 'reset', surface: 'api', choices: { functional: false, performance: false, marketing: false }, previous: { marketing: true } })
  expect(receipts[1].bannerHash).toBe(await configHash(page))
})

test('with Global Privacy Control, accept all records marketing off and the signal; a returning "accept all" gets a signal receipt', async ({ page, collector }) => {
  await page.goto('/')
  await page.evaluate(() => window.consentry.acceptAll())
  const { consentId } = await consentState(page)
  await landed(page, collector, consentId!, 1)
  await withGpc(page)
  await page.reload()
  const receipts = await landed(page, collector, consentId!, 2)
  expect(receipts[1]).toMatchObject({
    event: 'signal',
    surface: 'signal',
    action: 'gpc',
    signals: { gpc: true },
    choices: { functional: true, performance: true, marketing: false },
    previous: { marketing: true },
  })

  await page.evaluate(() => window.consentry.reset())
  await page.reload()
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  const next = (await consentState(page)).consentId!
  const [fresh] = await landed(page, collector, next, 1)
  expect(fresh).toMatchObject({ event: 'grant', signals: { gpc: true }, choices: { performance: true, marketing: false } })
})

test('the demo\'s own collector (same origin, /v1/receipts) stores the receipt too', async ({ page }) => {
  await page.addInitScript(() => ((window as { consentryConfig?: unknown }).consentryConfig = {}))
  await page.goto('/')
  expect(await page.evaluate(() => window.consentry.config.endpoint)).toBe('/v1/receipts')
  await page.evaluate(() => window.consentry.rejectAll())
  const { consentId } = await consentState(page)
  await expect
    .poll(async () => {
      const view = await (await page.request.get('/demo/receipts.json')).json()
      return view.latest.filter((row: { consentId: string }) => row.consentId == consentId).map((row: { receipt: { event: string } }) => row.receipt.event)
    }, { timeout: 20_000 })
    .toEqual(['refuse'])
})

test('on a page with Google tags, the receipt records the Consent Mode state sent with the choice', async ({ page, collector }) => {
  await page.goto('/gtag-above')
  await page.evaluate(() => window.consentry.set({ performance: true }))
  const { consentId } = await consentState(page)
  const [receipt] = await landed(page, collector, consentId!, 1)
  expect(receipt.signals?.consentMode).toMatchObject({
    analytics_storage: 'granted',
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    functionality_storage: 'denied',
    security_storage: 'granted',
  })
})
