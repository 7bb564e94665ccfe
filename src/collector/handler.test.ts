import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCollectorHandler, type CollectorHandler } from './handler'
import type { Store } from './store'
import { BACKENDS, dropTestSchemas } from './test-stores'
import { sampleReceipt } from './sample-receipt'

const post = (handler: CollectorHandler, body: string, headers: Record<string, string> = {}, ip = '203.0.113.7') =>
  handler(new Request('http://collector.test/v1/receipts', { method: 'POST', body, headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://shop.example', ...headers } }), { ip })

afterAll(dropTestSchemas)

describe.each(BACKENDS)('collector HTTP API on $name', (backend) => {
  let store: Store
  let handler: CollectorHandler
  beforeAll(async () => {
    store = await backend.open()
    handler = createCollectorHandler({ store, origins: ['https://shop.example'], adminToken: 'secret-token-123' })
  })
  afterAll(() => store.close())

  it('stores a receipt once: 201, then 200 for the same receiptId', async () => {
    const receipt = sampleReceipt()
    const first = await post(handler, JSON.stringify(receipt))
    expect(first.status).toBe(201)
    expect(first.headers.get('access-control-allow-origin')).toBe('https://shop.example')
    expect(first.headers.get('set-cookie')).toBeNull()
    const again = await post(handler, JSON.stringify(receipt))
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ receiptId: receipt.receiptId, duplicate: true })
    const { rows } = await store.sql.query<{ n: string | number }>('select count(*) as n from receipts where receipt_id = $1', [receipt.receiptId])
    expect(Number(rows[0].n)).toBe(1)
  })
})
