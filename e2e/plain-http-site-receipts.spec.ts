import { createHash } from 'node:crypto'
import config from '../playwright.config'
import { consentState, withConfig } from './helpers'
import { expect, test } from './receipt-collector'
import { banner, changes, recordChanges } from './ui-helpers'

// A site on plain http under a real host name is not a secure context: no `crypto.subtle`. The demo is
// reached as http://shop.example:<port> (the browser resolves that name to this machine).
const port = new URL(config.use!.baseURL!).port
const site = `http://shop.example:${port}`

test.use({
  launchOptions: { ...config.use!.launchOptions, args: [...(config.use!.launchOptions!.args ?? []), '--host-resolver-rules=MAP shop.example 127.0.0.1'] },
  collectorOrigins: [site],
})

test('on a plain-http site without Web Crypto, receipts still carry the right SHA-256 bannerHash', async ({ page, collector }) => {
  await withConfig(page, { endpoint: collector.endpoint })
  await recordChanges(page)
  await page.goto(`${site}/`)
  expect(await page.evaluate(() => ({ secure: window.isSecureContext, subtle: typeof crypto.subtle }))).toEqual({ secure: false, subtle: 'undefined' })
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  const { consentId } = await consentState(page)
  await expect.poll(async () => Object.values(await collector.storedCounts(consentId!)), { timeout: 15_000 }).toEqual([1])
  const [receipt] = await collector.receiptsOf(consentId!)
  const [change] = await changes(page)
  expect(receipt).toMatchObject({ event: 'grant', page: `${site}/`, bannerHash: createHash('sha256').update(change.shown, 'utf8').digest('hex') })
})
