import { afterAll, describe, expect, it, vi } from 'vitest'
import { eraseConsent } from './erase'
import { exportConsent } from './export'
import { placeLegalHold } from './legal-hold'
import { sampleReceipt } from './sample-receipt'
import { BACKENDS, dropTestSchemas } from './test-stores'
import { verifyChain } from './verify'

// Real databases on a shared machine: starting PGlite alone can take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 })
afterAll(dropTestSchemas)

describe.each(BACKENDS)('erase and export on $name', (backend) => {
  it('exports every receipt of one consent ID as JSON and CSV, and nothing of others', async () => {
    const store = await backend.open()
    const mine = sampleReceipt().consentId
    await store.writer.append(sampleReceipt({ consentId: mine, event: 'grant', choices: { necessary: true, functional: true, performance: true, marketing: true, social: false } }), 'https://shop.example')
    await store.writer.append(sampleReceipt(), 'https://shop.example')
    await store.writer.append(sampleReceipt({ consentId: mine, event: 'withdraw', action: '=HYPERLINK("http://evil.example")' }), 'https://shop.example')

    const json = JSON.parse(await exportConsent(store.sql, mine, 'json'))
    expect(json.consentId).toBe(mine)
    expect(json.receipts.map((stored: { seq: number; receipt: { event: string } }) => [stored.seq, stored.receipt.event])).toEqual([[1, 'grant'], [3, 'withdraw']])

    const csv = (await exportConsent(store.sql, mine, 'csv')).trimEnd().split('\r\n')
    expect(csv).toHaveLength(3)
    const header = csv[0].split(',')
    expect(header.slice(0, 7)).toEqual(['seq', 'receivedAt', 'site', 'receiptId', 'consentId', 'ts', 'event'])
    expect(header).toContain('choice.social')
    expect(csv[1]).toContain(`,${mine},`)
    expect(csv[1].split(',')[header.indexOf('choice.marketing')]).toBe('true')
    // A formula in a visitor-controlled field is defused for spreadsheet apps.
    expect(csv[2]).toContain(`"'=HYPERLINK(""http://evil.example"")"`)
    await store.close()
  })

  it('erases the bodies and consent ID of one consent but keeps the hashes, so the chain still verifies', async () => {
    const store = await backend.open()
    const mine = sampleReceipt().consentId
    for (const receipt of [sampleReceipt({ consentId: mine }), sampleReceipt(), sampleReceipt({ consentId: mine, event: 'update' })]) {
      await store.writer.append(receipt, 'https://shop.example')
    }
    const before = await store.sql.query<{ seq: number; body_hash: string; hash: string }>('select seq, body_hash, hash from receipts order by seq')
    expect(await eraseConsent(store.sql, mine)).toBe(2)
    const after = await store.sql.query<{ seq: number; body: string | null; consent_id: string | null; body_hash: string; hash: string; erased_at: Date | null }>(
      'select seq, body, consent_id, body_hash, hash, erased_at from receipts order by seq',
    )
    expect(after.rows.map((row) => [row.body === null, row.consent_id === null, row.erased_at !== null])).toEqual([[true, true, true], [false, false, false], [true, true, true]])
    expect(after.rows.map(({ body_hash, hash }) => ({ body_hash, hash }))).toEqual(before.rows.map(({ body_hash, hash }) => ({ body_hash, hash })))
    expect(await verifyChain(store.sql)).toMatchObject({ ok: true, records: 3, erased: 2 })
    expect(JSON.parse(await exportConsent(store.sql, mine)).receipts).toEqual([])
    await store.close()
  })

  it('refuses to erase a consent ID under legal hold', async () => {
    const store = await backend.open()
    const receipt = sampleReceipt()
    await store.writer.append(receipt, '')
    await placeLegalHold(store.sql, receipt.consentId, 'authority inquiry 42')
    await expect(eraseConsent(store.sql, receipt.consentId)).rejects.toThrow(/is under legal hold \(authority inquiry 42\); release the hold before erasing/)
    expect(JSON.parse(await exportConsent(store.sql, receipt.consentId)).receipts).toHaveLength(1)
    await store.close()
  })
})
