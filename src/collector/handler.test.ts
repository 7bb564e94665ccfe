import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createCheckpoint, generateSigningKeys } from './checkpoint'
import { createCollectorHandler, type CollectorHandler } from './handler'
import { sampleReceipt } from './sample-receipt'
import type { Store } from './store'
import { BACKENDS, dropTestSchemas } from './test-stores'

const SITE = 'https://shop.example'
const TOKEN = 'admin-token-for-tests-0123456789'

const post = (handler: CollectorHandler, body: string, headers: Record<string, string> = {}, ip = '203.0.113.7') =>
  handler(
    new Request('http://collector.test/v1/receipts', { method: 'POST', body, headers: { 'content-type': 'text/plain;charset=UTF-8', origin: SITE, ...headers } }),
    { ip },
  )

const get = (handler: CollectorHandler, path: string, headers: Record<string, string> = {}) => handler(new Request(`http://collector.test${path}`, { headers }))

// Real databases on a shared machine: starting PGlite alone can take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 })
afterAll(dropTestSchemas)

describe.each(BACKENDS)('collector HTTP API on $name', (backend) => {
  let store: Store
  let handler: CollectorHandler
  beforeAll(async () => {
    store = await backend.open()
    handler = createCollectorHandler({ store, origins: [SITE], adminToken: TOKEN })
  })
  afterAll(() => store.close())

  const count = async (receiptId: string) =>
    Number((await store.sql.query<{ n: string | number }>('select count(*) as n from receipts where receipt_id = $1', [receiptId])).rows[0].n)

  it('stores a receipt once: 201, then 200 for the same receiptId, without cookies', async () => {
    const receipt = sampleReceipt()
    const first = await post(handler, JSON.stringify(receipt))
    expect(first.status).toBe(201)
    expect(await first.json()).toMatchObject({ receiptId: receipt.receiptId, duplicate: false, seq: expect.any(Number) })
    expect(first.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(first.headers.get('set-cookie')).toBeNull()
    const again = await post(handler, JSON.stringify({ ...receipt }))
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ receiptId: receipt.receiptId, duplicate: true })
    expect(await count(receipt.receiptId)).toBe(1)
  })

  it('records the posting origin as the site, and accepts application/json too', async () => {
    const receipt = sampleReceipt()
    expect((await post(handler, JSON.stringify(receipt), { 'content-type': 'application/json' })).status).toBe(201)
    const { rows } = await store.sql.query<{ site: string }>('select site from receipts where receipt_id = $1', [receipt.receiptId])
    expect(rows).toEqual([{ site: SITE }])
  })

  it('answers 400 with the reason for an invalid receipt or a body that is not JSON, and stores nothing', async () => {
    const receipt = sampleReceipt({ event: 'accept' as never })
    const response = await post(handler, JSON.stringify(receipt))
    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatch(/receipt\.event must be one of/)
    expect(await count(receipt.receiptId)).toBe(0)
    const garbage = await post(handler, '{"v":1,')
    expect(garbage.status).toBe(400)
    expect((await garbage.json()).error).toBe('body must be a JSON consent receipt')
  })

  it('answers 413 for a body over 16 KiB, whatever Content-Length claims', async () => {
    const receipt = sampleReceipt({ signals: { padding: 'x'.repeat(17 * 1024) } })
    expect((await post(handler, JSON.stringify(receipt))).status).toBe(413)
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)))
        controller.close()
      },
    })
    const request = new Request('http://collector.test/v1/receipts', { method: 'POST', body: chunked, headers: { 'content-type': 'text/plain' }, duplex: 'half' } as RequestInit)
    expect((await handler(request, { ip: '203.0.113.7' })).status).toBe(413)
    expect(await count(receipt.receiptId)).toBe(0)
  })

  it('answers 415 for other content types', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/html']) {
      expect((await post(handler, JSON.stringify(sampleReceipt()), { 'content-type': type })).status).toBe(415)
    }
  })

  it('answers 403 to a browser on an origin outside the allowlist, without CORS headers', async () => {
    const response = await post(handler, JSON.stringify(sampleReceipt()), { origin: 'https://evil.example' })
    expect(response.status).toBe(403)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await handler(new Request('http://collector.test/v1/receipts', { method: 'OPTIONS', headers: { origin: SITE } }))
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/)
  })

  it('answers 429 once one network has spent its budget, while other networks still get through', async () => {
    const limited = createCollectorHandler({ store, origins: [SITE], rateLimit: { perMinute: 60, burst: 3 } })
    const statuses = []
    // 198.51.100.1 and .2 share a /24, so they share one budget.
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.1', '198.51.100.2']) statuses.push((await post(limited, JSON.stringify(sampleReceipt()), {}, ip)).status)
    expect(statuses).toEqual([201, 201, 201, 429])
    const limitedAnswer = await post(limited, JSON.stringify(sampleReceipt()), {}, '198.51.100.3')
    expect(limitedAnswer.headers.get('retry-after')).toBe('60')
    expect(limitedAnswer.headers.get('access-control-expose-headers')).toBe('retry-after')
    expect((await post(limited, JSON.stringify(sampleReceipt()), {}, '192.0.2.9')).status).toBe(201)
  })

  it('returns every receipt of a consent ID to the admin bearer token only', async () => {
    const consentId = sampleReceipt().consentId
    const receipts = [sampleReceipt({ consentId, event: 'grant' }), sampleReceipt({ consentId, event: 'withdraw' })]
    for (const receipt of receipts) await post(handler, JSON.stringify(receipt))
    expect((await get(handler, `/v1/consents/${consentId}`)).status).toBe(401)
    expect((await get(handler, `/v1/consents/${consentId}`, { authorization: 'Bearer wrong-token-for-tests-01234567890' })).status).toBe(401)
    const response = await get(handler, `/v1/consents/${consentId}`, { authorization: `Bearer ${TOKEN}` })
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.receipts.map((stored: { receipt: { event: string } }) => stored.receipt.event)).toEqual(['grant', 'withdraw'])
    expect(body.receipts[0]).toMatchObject({ consentId, site: SITE, receivedAt: expect.any(String), hash: expect.stringMatching(/^[a-f0-9]{64}$/) })
    expect((await get(handler, `/v1/consents/${'n'.repeat(22)}`, { authorization: `Bearer ${TOKEN}` })).status).toBe(404)
    const noToken = createCollectorHandler({ store, origins: [SITE] })
    expect((await get(noToken, `/v1/consents/${consentId}`, { authorization: `Bearer ${TOKEN}` })).status).toBe(404)
  })

  it('answers /healthz and publishes the latest signed checkpoint', async () => {
    expect(await (await get(handler, '/healthz')).json()).toEqual({ ok: true })
    await post(handler, JSON.stringify(sampleReceipt()))
    const checkpoint = await createCheckpoint(store.sql, generateSigningKeys().privateKey)
    expect(await (await get(handler, '/v1/checkpoint')).json()).toEqual(checkpoint)
  })

  it('answers 503 when storage fails, so the browser keeps the receipt and retries', async () => {
    const broken = await backend.open()
    const failing = createCollectorHandler({ store: broken, origins: [SITE] })
    await broken.sql.exec('drop table receipt_ids')
    expect((await post(failing, JSON.stringify(sampleReceipt()))).status).toBe(503)
    await broken.close()
  })
})
