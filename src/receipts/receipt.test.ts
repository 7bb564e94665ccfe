import { createHash } from 'node:crypto'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import schema from '../../schema/consent-receipt.schema.json'
import { createEngine } from '../core/engine'
import type { ConsentChange } from '../core/types'
import { memoryStorage } from '../storage/cookie-storage'
import { canonicalJson } from './canonical'
import { bannerBasis, receiptOf } from './receipt'
import type { Capture, ConsentReceipt } from './types'

const ajv = new Ajv2020({ strict: true, allErrors: true })
addFormats(ajv)
const validate = ajv.compile(schema)
const expectValid = (receipt: ConsentReceipt | null) => {
  expect(receipt).not.toBeNull()
  validate(receipt)
  expect(validate.errors ?? []).toEqual([])
}

const NOW = Date.UTC(2026, 10, 26, 19, 0, 0)
const config = {
  policyVersion: '2026-11',
  revision: 1,
  categories: {
    performance: { services: [{ id: 'google-analytics', name: 'Google Analytics', purpose: 'Counts visits' }] },
    marketing: { services: [{ id: 'meta-pixel', name: 'Meta Pixel' }] },
  },
}
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** Runs `act` on a fresh engine and returns the captures of the changes it made. */
const changesOf = async (act: (engine: ReturnType<typeof createEngine>) => void, options: { storage?: ReturnType<typeof memoryStorage>; gpc?: boolean; revision?: number } = {}) => {
  const engine = createEngine({ ...config, revision: options.revision ?? 1 }, { storage: options.storage ?? memoryStorage(), now: () => NOW, gpc: () => options.gpc ?? false })
  const changes: ConsentChange[] = []
  engine.on('change', (change) => changes.push(change))
  act(engine)
  await Promise.resolve()
  const { policyVersion, revision, categories } = engine.config
  // What capture.ts stores, after the JSON round trip through localStorage.
  return changes.map((change): Capture => JSON.parse(JSON.stringify({ change, now: NOW, page: 'https://shop.example/beans', lang: 'en', config: change.shown == null ? { policyVersion, revision, categories } : undefined })))
}

const build = (capture: Capture, id = 'receipt-id-0123456789') => receiptOf(id, capture, sha256(bannerBasis(capture)))

describe('receiptOf', () => {
  it('a first "accept all" in the banner is a grant hashed over the exact texts shown', async () => {
    const [capture] = await changesOf((engine) => engine.acceptAll({ surface: 'banner', locale: 'de', shown: 'Wir verwenden Cookies…|Alle akzeptieren' }))
    const receipt = build(capture)
    expectValid(receipt)
    expect(receipt).toMatchObject({
      v: 1,
      receiptId: 'receipt-id-0123456789',
      ts: '2026-11-26T19:00:00.000Z',
      event: 'grant',
      choices: { necessary: true, functional: true, performance: true, marketing: true },
      services: { 'google-analytics': true, 'meta-pixel': true },
      previous: null,
      policyVersion: '2026-11',
      revision: 1,
      locale: 'de',
      surface: 'banner',
      action: 'accept-all',
      bannerHash: sha256('Wir verwenden Cookies…|Alle akzeptieren'),
      signals: { gpc: false },
      page: 'https://shop.example/beans',
    })
    expect(receipt!.consentId).toMatch(/^[A-Za-z0-9_-]{16,64}$/)
    expect(receipt!.sdk).toMatch(/^consentry@/)
  })

  it('a refusal through the API is hashed over the canonical configuration', async () => {
    const [capture] = await changesOf((engine) => engine.rejectAll())
    const receipt = build(capture)
    expectValid(receipt)
    expect(receipt).toMatchObject({ event: 'refuse', surface: 'api', action: 'reject-all', locale: 'en', previous: null })
    expect(receipt!.choices).toEqual({ necessary: true, functional: false, performance: false, marketing: false })
    const canonical = canonicalJson({ policyVersion: '2026-11', revision: 1, categories: createEngine(config).config.categories })
    expect(canonical).toContain('"google-analytics"')
    expect(receipt!.bannerHash).toBe(sha256(canonical))
  })

  it('a later change is an update with the earlier choices as previous', async () => {
    const [, capture] = await changesOf((engine) => {
      engine.set({ performance: true })
      engine.set({ functional: true }, { surface: 'preferences', action: 'save' })
    })
    const receipt = build(capture)
    expectValid(receipt)
    expect(receipt).toMatchObject({
      event: 'update',
      surface: 'preferences',
      action: 'save',
      previous: { necessary: true, functional: false, performance: true, marketing: false },
      choices: { necessary: true, functional: true, performance: true, marketing: false },
    })
  })

  it('turning a category off is a withdrawal', async () => {
    const [first, second] = await changesOf((engine) => {
      engine.acceptAll()
      engine.set({ marketing: false })
    })
    const receipt = build(second)
    expectValid(receipt)
    expect(receipt).toMatchObject({ event: 'withdraw', choices: { marketing: false }, previous: { marketing: true } })
    expect(receipt!.consentId).toBe(build(first)!.consentId)
  })

  it('reset() is a withdrawal of everything, under the consent ID it had', async () => {
    const [granted, reset] = await changesOf((engine) => {
      engine.acceptAll()
      engine.reset()
    })
    expect(reset.change.state.consentId).toBeNull()
    const receipt = build(reset)
    expectValid(receipt)
    expect(receipt).toMatchObject({
      event: 'withdraw',
      action: 'reset',
      consentId: build(granted)!.consentId,
      choices: { necessary: true, functional: false, performance: false, marketing: false },
      services: { 'google-analytics': false, 'meta-pixel': false },
      previous: { necessary: true, functional: true, performance: true, marketing: true },
    })
  })

  it('choosing again after a revision bump is a renewal, with the lapsed choices as previous', async () => {
    const storage = memoryStorage()
    const [first] = await changesOf((engine) => engine.set({ performance: true }), { storage })
    const [capture] = await changesOf((engine) => engine.rejectAll({ surface: 'banner', shown: 'v2 texts' }), { storage, revision: 2 })
    const receipt = build(capture)
    expectValid(receipt)
    expect(receipt).toMatchObject({
      event: 'renew',
      revision: 2,
      consentId: build(first)!.consentId,
      previous: { necessary: true, functional: false, performance: true, marketing: false },
      choices: { performance: false },
    })
  })

  it('a GPC downgrade of an earlier "accept all" is a signal receipt', async () => {
    const storage = memoryStorage()
    await changesOf((engine) => engine.acceptAll(), { storage })
    const [capture] = await changesOf(() => {}, { storage, gpc: true })
    const receipt = build(capture)
    expectValid(receipt)
    expect(receipt).toMatchObject({
      event: 'signal',
      surface: 'signal',
      action: 'gpc',
      signals: { gpc: true },
      choices: { marketing: false, performance: true },
      previous: { marketing: true },
    })
  })

  it('carries the Consent Mode state the page sent, replayed from its dataLayer commands', async () => {
    const [capture] = await changesOf((engine) => engine.acceptAll())
    const dataLayer: unknown[] = []
    function gtag(..._: unknown[]) {
      // gtag.js pushes the `arguments` object itself, exactly like this.
      dataLayer.push(arguments)
    }
    gtag('consent', 'default', { ad_storage: 'denied', analytics_storage: 'denied', wait_for_update: 500 })
    gtag('consent', 'default', { ad_storage: 'granted', region: ['US-CA'] })
    gtag('consent', 'update', { analytics_storage: 'granted', ad_storage: 'denied' })
    gtag('event', 'page_view')
    // After localStorage, each `arguments` object is a plain object with "0", "1", "2" keys.
    capture.gtag = JSON.parse(JSON.stringify(dataLayer))
    const receipt = build(capture)
    expectValid(receipt)
    expect(receipt!.signals).toEqual({ gpc: false, consentMode: { ad_storage: 'denied', analytics_storage: 'granted' } })
  })

  it('clamps what the site controls to the schema limits, so no receipt is refused for it', async () => {
    const [capture] = await changesOf((engine) => engine.set({ performance: true }, { action: 'a-very-long-action-name-from-custom-ui-code', locale: 'x'.repeat(50) }))
    capture.page = `https://shop.example/${'p'.repeat(600)}`
    const receipt = build(capture)
    expectValid(receipt)
    expect(receipt!.action).toHaveLength(32)
    expect(receipt!.locale).toHaveLength(35)
    expect(receipt!.page).toHaveLength(512)
  })

  it('proves nothing (null) for a change without any consent ID', async () => {
    const [capture] = await changesOf((engine) => engine.acceptAll())
    capture.change.state.consentId = null
    capture.change.before.consentId = null
    expect(build(capture)).toBeNull()
  })
})
