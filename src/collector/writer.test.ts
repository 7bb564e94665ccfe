import { afterAll, describe, expect, it, vi } from 'vitest'
import { createCollectorHandler } from './handler'
import { sampleReceipt } from './sample-receipt'
import { openStore } from './store'
import { BACKENDS, dropTestSchemas } from './test-stores'
import { verifyChain } from './verify'

// Real databases on a shared machine: starting PGlite alone can take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 })
afterAll(dropTestSchemas)

describe.each(BACKENDS)('group-commit writer on $name', (backend) => {
  it('keeps one gap-free chain under 400 concurrent posts with retries mixed in, storing each receipt once', async () => {
    const store = await backend.open()
    const handler = createCollectorHandler({ store, origins: ['https://shop.example'], rateLimit: false })
    const receipts = Array.from({ length: 400 }, () => sampleReceipt())
    const retries = receipts.filter((_, index) => index % 8 === 0)
    const post = (body: unknown) =>
      handler(new Request('http://collector.test/v1/receipts', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'text/plain', origin: 'https://shop.example' } }))
    const statuses = (await Promise.all([...receipts, ...retries].map(post))).map((response) => response.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(400)
    expect(statuses.filter((status) => status === 200)).toHaveLength(retries.length)

    const { rows } = await store.sql.query<{ seq: string | number; receipt_id: string }>('select seq, receipt_id from receipts order by seq')
    expect(rows.map((row) => Number(row.seq))).toEqual(Array.from({ length: 400 }, (_, index) => index + 1))
    expect(new Set(rows.map((row) => row.receipt_id))).toEqual(new Set(receipts.map((receipt) => receipt.receiptId)))
    expect(await verifyChain(store.sql)).toMatchObject({ ok: true, records: 400, head: { seq: 400 } })
    await store.close()
  })

  it('stores a receipt posted twice in the same batch once', async () => {
    const store = await backend.open()
    const receipt = sampleReceipt()
    const results = await Promise.all([store.writer.append(receipt, ''), store.writer.append(receipt, ''), store.writer.append(sampleReceipt(), '')])
    expect(results).toEqual([{ stored: true, seq: 1 }, { stored: false, seq: 1 }, { stored: true, seq: 2 }])
    expect(await verifyChain(store.sql)).toMatchObject({ ok: true, records: 2 })
    await store.close()
  })

  it('lets two collectors share one database and one chain', async () => {
    const first = await backend.open()
    // A second collector: its own writer on the same database (the same schema on PostgreSQL).
    const second = await openStore({ sql: first.sql })
    await Promise.all(Array.from({ length: 200 }, (_, index) => (index % 2 ? first : second).writer.append(sampleReceipt(), 'https://shop.example')))
    expect(await verifyChain(first.sql)).toMatchObject({ ok: true, records: 200 })
    await first.close()
  })

  it('stores a receipt once when two collectors receive it at the same moment (a retry to another instance)', async () => {
    const first = await backend.open()
    const second = await openStore({ sql: first.sql })
    const receipts = Array.from({ length: 50 }, () => sampleReceipt())
    const results = await Promise.all(receipts.flatMap((receipt) => [first.writer.append(receipt, ''), second.writer.append(receipt, '')]))
    expect(results.filter((result) => result.stored)).toHaveLength(50)
    const { rows } = await first.sql.query<{ n: number | string }>('select count(*) as n from receipts')
    expect(Number(rows[0].n)).toBe(50)
    expect(await verifyChain(first.sql)).toMatchObject({ ok: true, records: 50 })
    await first.close()
  })

  it('never lets time run backwards along the chain, even if the clock does', async () => {
    let clock = new Date('2026-11-26T12:00:00Z')
    const store = await backend.open({ now: () => clock })
    await store.writer.append(sampleReceipt(), '')
    clock = new Date('2026-11-26T11:00:00Z')
    await store.writer.append(sampleReceipt(), '')
    const { rows } = await store.sql.query<{ received_at: Date }>('select received_at from receipts order by seq')
    expect(rows.map((row) => new Date(row.received_at).toISOString())).toEqual(['2026-11-26T12:00:00.000Z', '2026-11-26T12:00:00.000Z'])
    await store.close()
  })
})
