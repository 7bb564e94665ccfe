import { afterAll, describe, expect, it, vi } from 'vitest'
import { migrate, MIGRATIONS } from './migrations'
import { sampleReceipt } from './sample-receipt'
import { BACKENDS, dropTestSchemas } from './test-stores'

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 })
afterAll(dropTestSchemas)

describe.each(BACKENDS)('migrations on $name', (backend) => {
  it('are applied once each, in order, and a second run changes nothing', async () => {
    const store = await backend.open()
    const { rows } = await store.sql.query<{ version: number }>('select version from consentry_migrations order by version')
    expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((migration) => migration.version))
    expect(await migrate(store.sql)).toEqual([])
    await store.close()
  })

  it('guard the log: UPDATE and DELETE are refused outside erase and purge', async () => {
    const store = await backend.open()
    await store.writer.append(sampleReceipt(), 'https://shop.example')
    await expect(store.sql.query(`update receipts set site = 'https://elsewhere.example'`)).rejects.toThrow(/receipts are append-only \(UPDATE refused\)/)
    await expect(store.sql.query('delete from receipts')).rejects.toThrow(/receipts are append-only \(DELETE refused\)/)
    // Even in erase mode, only the erase itself passes: not a change of hash.
    await expect(
      store.sql.transaction(async (tx) => {
        await tx.query(`select set_config('consentry.maintenance', 'erase', true)`)
        await tx.query(`update receipts set body = null, consent_id = null, erased_at = now(), hash = 'forged'`)
      }),
    ).rejects.toThrow(/append-only/)
    const { rows } = await store.sql.query<{ n: number | string }>('select count(*) as n from receipts where body is not null')
    expect(Number(rows[0].n)).toBe(1)
    await store.close()
  })
})
