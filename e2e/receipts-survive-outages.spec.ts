import type { Page } from '@playwright/test'
import { consentState, withConfig } from './helpers'
import { type ReceiptCollector, expect, test } from './receipt-collector'
import { banner } from './ui-helpers'

// Chaos: whatever happens between the browser and the collector, every receipt ends up stored exactly once.

const outbox = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('consentry-outbox') ?? '[]') as Array<{ id: string }>)

/** Waits until the outbox is empty and the collector stored each of `count` receipts exactly once. */
const storedExactlyOnce = async (page: Page, collector: ReceiptCollector, consentId: string, count: number) => {
  await expect.poll(async () => (await outbox(page)).length, { timeout: 30_000 }).toBe(0)
  await expect.poll(async () => Object.values(await collector.storedCounts(consentId)), { timeout: 30_000 }).toEqual(Array(count).fill(1))
  return collector.receiptsOf(consentId)
}

test.describe.configure({ timeout: 60_000 })

test.beforeEach(async ({ page, collector }) => {
  await withConfig(page, { endpoint: collector.endpoint })
})

test('a collector answering 503 for a while: the receipts wait and are stored once it recovers', async ({ page, collector }) => {
  collector.setMode('unavailable')
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  await page.evaluate(() => window.consentry.set({ marketing: false }))
  const { consentId } = await consentState(page)
  await expect.poll(() => collector.posted.filter((post) => post.answer == 503).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3)
  expect((await outbox(page)).length).toBe(2)
  collector.setMode('pass')
  const receipts = await storedExactlyOnce(page, collector, consentId!, 2)
  expect(receipts.map((r) => r.event)).toEqual(expect.arrayContaining(['grant', 'withdraw']))
  // Every retry carried an ID the collector now holds: retries resent receipts, never made new ones.
  expect(new Set(collector.posted.map((post) => post.receiptId))).toEqual(new Set(receipts.map((r) => r.receiptId)))
})

test('a collector that is down across page loads: the outbox survives the reload and empties when it is back', async ({ page, collector }) => {
  collector.down()
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  const { consentId } = await consentState(page)
  await page.reload()
  expect((await outbox(page)).length).toBe(1)
  await page.evaluate(() => window.consentry.set({ performance: true }))
  expect((await outbox(page)).length).toBe(2)
  collector.up()
  const receipts = await storedExactlyOnce(page, collector, consentId!, 2)
  expect(receipts.map((r) => r.event).sort()).toEqual(['refuse', 'update'])
})

test('the browser offline: choices are kept and sent the moment it is back online', async ({ page, context, collector }) => {
  await page.goto('/')
  await context.setOffline(true)
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  await page.evaluate(() => window.consentry.set({ functional: false }))
  const { consentId } = await consentState(page)
  await expect.poll(async () => (await outbox(page)).length).toBe(2)
  expect(collector.posted).toEqual([])
  await context.setOffline(false)
  const receipts = await storedExactlyOnce(page, collector, consentId!, 2)
  expect(receipts.map((r) => r.event).sort()).toEqual(['grant', 'withdraw'])
})

test('the page left mid-post: the next page resends, and the collector keeps one copy', async ({ page, collector }) => {
  collector.setMode('hold')
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  const { consentId } = await consentState(page)
  await expect.poll(() => collector.posted.length).toBe(1)
  await page.goto('/privacy')
  // The first post is still open (keepalive outlives the page); its answer can never reach the outbox.
  // (Chromium may also re-issue the orphaned keepalive request itself: more copies of the same body.)
  await expect.poll(() => collector.posted.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2)
  const { receiptId } = collector.posted[0]
  collector.setMode('pass')
  const [receipt] = await storedExactlyOnce(page, collector, consentId!, 1)
  expect(receipt.receiptId).toBe(receiptId)
  expect(collector.posted.every((post) => post.receiptId == receiptId)).toBe(true)
  // Exactly one copy was stored (201); every other copy was recognised as a duplicate (200).
  await expect.poll(() => collector.posted.map((post) => post.answer).sort()).toEqual([...Array(collector.posted.length - 1).fill(200), 201])
})

test('the page left before the sending code arrived: the next page sends what the click captured', async ({ page, collector, baseURL }) => {
  await page.route('**/consentry-receipts.js', (route) => route.abort())
  await page.goto('/')
  await page.evaluate(() => window.consentry.acceptAll())
  const { consentId } = await consentState(page)
  expect((await outbox(page)).length).toBe(1)
  await page.unroute('**/consentry-receipts.js')
  await page.goto('/privacy')
  const [receipt] = await storedExactlyOnce(page, collector, consentId!, 1)
  expect(receipt).toMatchObject({ event: 'grant', page: new URL('/', baseURL).href })
  expect(collector.posted).toHaveLength(1)
})
