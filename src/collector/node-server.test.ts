import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createCollectorHandler } from './handler'
import { createCollectorServer } from './node-server'
import { sampleReceipt } from './sample-receipt'
import type { Store } from './store'
import { BACKENDS, dropTestSchemas } from './test-stores'

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 })

/** A raw HTTP POST, so the test controls framing (chunked bodies, headers). */
const send = (port: number, body: string | string[], headers: Record<string, string> = {}) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/v1/receipts', method: 'POST', headers: { 'content-type': 'text/plain', ...headers } }, (res) => {
      let text = ''
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    for (const chunk of [body].flat()) req.write(chunk)
    req.end()
  })

// The Node adapter does not depend on the database; one real backend is enough here.
describe('Node HTTP server (PostgreSQL)', () => {
  let store: Store
  beforeAll(async () => {
    store = await BACKENDS[0].open()
  })
  afterAll(async () => {
    await store.close()
    await dropTestSchemas()
  })

  const serve = async (server: ReturnType<typeof createCollectorServer>) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return (server.address() as AddressInfo).port
  }

  it('stores over real HTTP, stops reading a chunked body past 16 KiB, and rate-limits by peer address', async () => {
    const server = createCollectorServer({ store, rateLimit: { perMinute: 60, burst: 2 } })
    const port = await serve(server)
    expect((await send(port, JSON.stringify(sampleReceipt()))).status).toBe(201)
    expect((await send(port, Array.from({ length: 20 }, () => 'x'.repeat(1024)))).status).toBe(413)
    expect((await send(port, JSON.stringify(sampleReceipt()))).status).toBe(429)
    server.close()
  })

  it('rate-limits by X-Forwarded-For only when told to trust the proxy', async () => {
    const server = createCollectorServer({ store, rateLimit: { perMinute: 60, burst: 1 }, trustProxy: true })
    const port = await serve(server)
    expect((await send(port, JSON.stringify(sampleReceipt()), { 'x-forwarded-for': '198.51.100.4, 10.0.0.1' })).status).toBe(201)
    expect((await send(port, JSON.stringify(sampleReceipt()), { 'x-forwarded-for': '198.51.100.5' })).status).toBe(429)
    expect((await send(port, JSON.stringify(sampleReceipt()), { 'x-forwarded-for': '203.0.113.5' })).status).toBe(201)
    server.close()
  })

  it('also serves any fetch-API handler', async () => {
    const server = createCollectorServer(createCollectorHandler({ store, rateLimit: false }))
    const port = await serve(server)
    const receipt = JSON.stringify(sampleReceipt())
    expect((await send(port, receipt)).status).toBe(201)
    expect(JSON.parse((await send(port, receipt)).body)).toMatchObject({ duplicate: true })
    server.close()
  })
})
