import { afterAll, describe, expect, it, vi } from 'vitest'
import { createCheckpoint, generateSigningKeys } from './checkpoint'
import { placeLegalHold, releaseLegalHold } from './legal-hold'
import { purgeExpired } from './purge'
import { sampleReceipt } from './sample-receipt'
import { BACKENDS, dropTestSchemas, tamper } from './test-stores'
import { verifyChain } from './verify'

// Real databases on a shared machine: starting PGlite alone can take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 })
afterAll(dropTestSchemas)

const KEYS = generateSigningKeys()
const at = (iso: string) => new Date(iso)

describe.each(BACKENDS)('purge on $name', (backend) => {
  /** Receipts received in 2020 (old), then 2026 (recent); consent IDs returned per record. */
  const history = async () => {
    let clock = at('2020-03-10T10:00:00Z')
    const store = await backend.open({ now: () => clock })
    const held = sampleReceipt().consentId
    const old = [
      sampleReceipt({ event: 'grant' }),
      sampleReceipt({ event: 'refuse', choices: { necessary: true, functional: false, performance: false, marketing: false } }),
      sampleReceipt({ consentId: held, event: 'grant' }),
      sampleReceipt({ event: 'refuse' }),
      sampleReceipt({ consentId: held, event: 'withdraw' }),
      sampleReceipt({ event: 'grant' }),
    ]
    for (const receipt of old) await store.writer.append(receipt, 'https://shop.example')
    clock = at('2026-05-10T10:00:00Z')
    const recent = [sampleReceipt({ event: 'refuse' }), sampleReceipt({ event: 'grant' })]
    for (const receipt of recent) await store.writer.append(receipt, 'https://shop.example')
    return { store, held, old, recent }
  }

  const eventsLeft = async (store: Awaited<ReturnType<typeof history>>['store']) =>
    (await store.sql.query<{ seq: number | string }>('select seq from receipts order by seq')).rows.map((row) => Number(row.seq))

  it('keeps everything younger than five years, refusals and consents alike', async () => {
    const { store } = await history()
    const result = await purgeExpired(store.sql, { now: at('2025-03-10T09:00:00Z') })
    expect(result).toMatchObject({ purged: 0, anchors: 0 })
    expect(await eventsLeft(store)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    await store.close()
  })

  it('drops expired receipts — refusals exactly like consents — except under legal hold, and the chain still verifies', async () => {
    const { store, held } = await history()
    await placeLegalHold(store.sql, held, 'case 2026-17, court order')
    const checkpoint = await createCheckpoint(store.sql, KEYS.privateKey)
    const result = await purgeExpired(store.sql, { now: at('2025-06-01T00:00:00Z') })
    // Records 3 and 5 are held, so the purged runs are 1–2, 4 and 6.
    expect(result).toMatchObject({ purged: 4, anchors: 3, held: 2, droppedPartitions: [] })
    expect(await eventsLeft(store)).toEqual([3, 5, 7, 8])
    const report = await verifyChain(store.sql, { publicKey: KEYS.publicKey, checkpoints: [checkpoint!] })
    expect(report).toMatchObject({ ok: true, records: 4, purged: 4, head: { seq: 8 }, checkpoints: { checked: 1 } })

    // Once the hold is released, the next purge takes the held records and drops the whole month.
    await releaseLegalHold(store.sql, held)
    const again = await purgeExpired(store.sql, { now: at('2025-06-01T00:00:00Z') })
    expect(again).toMatchObject({ purged: 2, anchors: 2, held: 0, droppedPartitions: ['receipts_y2020m03'] })
    expect(await eventsLeft(store)).toEqual([7, 8])
    expect(await verifyChain(store.sql)).toMatchObject({ ok: true, records: 2, purged: 6 })
    await store.close()
  })

  it('forgets purged receipt IDs, and still catches a deletion outside the purged runs', async () => {
    const { store } = await history()
    await purgeExpired(store.sql, { now: at('2025-06-01T00:00:00Z') })
    const { rows } = await store.sql.query<{ n: number | string }>('select count(*) as n from receipt_ids')
    expect(Number(rows[0].n)).toBe(2)
    await tamper(store, 'delete from receipts where seq = 7')
    expect(await verifyChain(store.sql)).toMatchObject({ ok: false, error: { seq: 7, reason: expect.stringMatching(/missing/) } })
    await store.close()
  })

  it('refuses a retention below five years unless explicitly allowed', async () => {
    const { store } = await history()
    await expect(purgeExpired(store.sql, { retentionYears: 2, now: at('2026-06-01T00:00:00Z') })).rejects.toThrow(
      /a retention of 2 years is below the 5 years of proof .* pass allowShortRetention/,
    )
    expect(await eventsLeft(store)).toHaveLength(8)
    const result = await purgeExpired(store.sql, { retentionYears: 2, allowShortRetention: true, now: at('2026-06-01T00:00:00Z') })
    expect(result.purged).toBe(6)
    // A longer retention keeps more.
    const longer = await purgeExpired(store.sql, { retentionYears: 10, now: at('2036-06-01T00:00:00Z') })
    expect(longer.purged).toBe(2)
    // An audit in 2036 sees the early purge: fine only for an auditor told that 2 years were allowed.
    const audit = { now: at('2036-06-02T00:00:00Z') }
    expect((await verifyChain(store.sql, audit)).error?.reason).toMatch(/purge anchor #1–#6 removed records younger than 5 years/)
    expect(await verifyChain(store.sql, { ...audit, retentionYears: 2 })).toMatchObject({ ok: true, records: 0, purged: 8, head: { seq: 8 } })
    await store.close()
  })
})
