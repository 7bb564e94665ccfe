import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createCollectorHandler, createCollectorServer, openStore, receiptsOf, type Store } from '../collector/index'
import { verifyChain } from '../collector/verify'
import { createEngine } from '../core/engine'
import { memoryStorage } from '../storage/cookie-storage'
import { sendReceipts } from './send-receipts'
import { pageStorage } from './test-storage'

const config = { policyVersion: '2026-11', revision: 1, categories: { marketing: { services: [{ id: 'meta-pixel', name: 'Meta Pixel' }] } } }

describe('sendReceipts (npm API) with the reference collector', () => {
  let store: Store
  let server: Server
  let endpoint: string
  beforeAll(async () => {
    store = await openStore()
    server = createCollectorServer(createCollectorHandler({ store, rateLimit: false }))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/receipts`
    // PGlite compiles PostgreSQL on first open: seconds on a busy machine.
  }, 120_000)
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await store.close()
  })

  it('lands one valid receipt per change, in order, on a verifiable chain', async () => {
    const storage = pageStorage()
    const engine = createEngine({ ...config, endpoint }, { storage: memoryStorage(), gpc: () => false })
    const stop = sendReceipts(engine, { storage: () => storage })
    engine.acceptAll({ surface: 'banner', shown: 'We use cookies|Accept all|Reject all|Preferences' })
    const consentId = engine.get().consentId!
    engine.set({ marketing: false }, { surface: 'preferences', action: 'save' })
    engine.reset()
    await vi.waitFor(async () => expect(await receiptsOf(store.sql, consentId)).toHaveLength(3), { timeout: 10_000 })
    const stored = (await receiptsOf(store.sql, consentId)).map((row) => row.receipt!)
    expect(stored.map((r) => [r.event, r.surface, r.action])).toEqual([
      ['grant', 'banner', 'accept-all'],
      ['withdraw', 'preferences', 'save'],
      ['withdraw', 'api', 'reset'],
    ])
    expect(stored[2].choices).toEqual({ necessary: true, functional: false, performance: false, marketing: false })
    expect((await verifyChain(store.sql)).ok).toBe(true)
    await vi.waitFor(() => expect(storage.length).toBe(0))
    stop()
  })

  it('without an endpoint touches neither storage nor network', async () => {
    const storage = pageStorage()
    const requests: unknown[] = []
    const engine = createEngine(config, { storage: memoryStorage(), gpc: () => false })
    const stop = sendReceipts(engine, { storage: () => storage, fetch: (...args) => (requests.push(args), fetch(...args)) })
    engine.acceptAll()
    engine.reset()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(storage.length).toBe(0)
    expect(requests).toEqual([])
    stop()
  })
})
