import { afterAll, describe, expect, it, vi } from 'vitest'
import { createCheckpoint, generateSigningKeys, storedCheckpoints } from './checkpoint'
import { linkHash, sha256Hex } from './hash'
import { sampleReceipt } from './sample-receipt'
import type { Store } from './store'
import { BACKENDS, dropTestSchemas, tamper } from './test-stores'
import { verifyChain } from './verify'

// Real databases on a shared machine: starting PGlite alone can take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 })
afterAll(dropTestSchemas)

const KEYS = generateSigningKeys()

/** A store holding `count` receipts, seq 1…count. */
const filled = async (open: () => Promise<Store>, count = 6): Promise<Store> => {
  const store = await open()
  for (let i = 0; i < count; i++) await store.writer.append(sampleReceipt({ event: i % 2 ? 'refuse' : 'grant' }), 'https://shop.example')
  return store
}

/**
 * What an operator covering their tracks would do: after editing, recompute every body hash and record
 * hash from the start and move the head, so the chain is internally consistent again.
 */
const rewriteHistory = async (store: Store): Promise<void> => {
  const { rows } = await store.sql.query<{ seq: number | string; received_at: Date; site: string; body: string }>(
    'select seq, received_at, site, body from receipts order by seq',
  )
  let prevHash = '0'.repeat(64)
  for (const row of rows) {
    const bodyHash = sha256Hex(row.body)
    const hash = linkHash({ prevHash, seq: Number(row.seq), receivedAt: new Date(row.received_at), site: row.site, bodyHash })
    await tamper(store, `update receipts set body_hash = '${bodyHash}', prev_hash = '${prevHash}', hash = '${hash}' where seq = ${row.seq}`)
    prevHash = hash
  }
  await store.sql.query('update chain_head set hash = $1 where id = 1', [prevHash])
}

interface AnchorFields {
  hash: string
  received_at: Date
  site: string
  body_hash: string
  prev_hash: string
}

const YEAR = 365.25 * 86_400_000
const later = (date: Date, ms: number) => new Date(new Date(date).getTime() + ms)

const turnMarketingOn = `update receipts set body = replace(body, '"marketing":false', '"marketing":true') where seq = 3`

describe.each(BACKENDS)('verify on $name', (backend) => {
  const open = () => backend.open()

  it('passes an untouched chain', async () => {
    const store = await filled(open)
    expect(await verifyChain(store.sql, { pageSize: 4 })).toMatchObject({ ok: true, records: 6, head: { seq: 6 } })
    await store.close()
  })

  it.each([
    ['an edited receipt body', [turnMarketingOn], 3, /record #3: the receipt body was edited/],
    ['an edited body with its body hash recomputed', [turnMarketingOn, `update receipts set body_hash = encode(sha256(convert_to(body, 'UTF8')), 'hex') where seq = 3`], 3, /record #3 was edited: its hash does not match/],
    ['an edited receipt time', [`update receipts set received_at = received_at - interval '1 second' where seq = 2`], 2, /record #2 was edited/],
    ['an edited consent_id column', [`update receipts set consent_id = 'someone_else_entirely' where seq = 4`], 4, /record #4: receipt_id or consent_id was edited/],
    ['a deleted record', ['delete from receipts where seq = 4'], 4, /record #4 is missing: deleted without a purge anchor/],
    ['two records swapped', ['update receipts set seq = -1 where seq = 3', 'update receipts set seq = 3 where seq = 4', 'update receipts set seq = 4 where seq = -1'], 3, /record #3 does not follow record #2/],
    ['a duplicated record', ['insert into receipts select * from receipts where seq = 5'], 5, /record #5 appears twice/],
    ['records removed from the end', ['delete from receipts where seq >= 5'], 5, /the log ends at record #4 but its head says #6/],
    ['a body removed without erasure', ['update receipts set body = null where seq = 2'], 2, /record #2: the receipt body is missing but the record was not erased/],
  ])('catches %s, naming the first broken record', async (_name, statements, seq, reason) => {
    const store = await filled(open)
    await tamper(store, ...statements)
    const report = await verifyChain(store.sql, { pageSize: 4 })
    expect(report.ok).toBe(false)
    expect(report.error?.seq).toBe(seq)
    expect(report.error?.reason).toMatch(reason)
    await store.close()
  })

  it.each([
    ['with its real receipt time', (row: AnchorFields) => ({ ...row, cutoff: later(row.received_at, 1000), purgedAt: new Date() }), /removed records younger than 5 years/],
    ['dated five years ahead', (row: AnchorFields) => ({ ...row, cutoff: later(row.received_at, 1000), purgedAt: later(row.received_at, 6 * YEAR) }), /is dated in the future/],
    ['claiming an old receipt time', (row: AnchorFields) => ({ ...row, received_at: new Date('2015-01-01T00:00:00Z'), cutoff: new Date('2016-01-01T00:00:00Z'), purgedAt: new Date('2021-06-01T00:00:00Z') }), /does not match the record it stands for/],
  ])('catches a recent record deleted and disguised as a purge, %s', async (_name, disguise, reason) => {
    const store = await filled(open)
    const { rows } = await store.sql.query<AnchorFields>('select hash, received_at, site, body_hash, prev_hash from receipts where seq = 4')
    const anchor = disguise(rows[0])
    await tamper(
      store,
      'delete from receipts where seq = 4',
      `insert into purge_anchors (first_seq, last_seq, last_hash, count, cutoff, purged_at, last_received_at, last_site, last_body_hash, last_prev_hash)
       values (4, 4, '${anchor.hash}', 1, '${anchor.cutoff.toISOString()}', '${anchor.purgedAt.toISOString()}', '${new Date(anchor.received_at).toISOString()}',
               '${anchor.site}', '${anchor.body_hash}', '${anchor.prev_hash}')`,
    )
    expect(await verifyChain(store.sql)).toMatchObject({ ok: false, error: { seq: 4, reason: expect.stringMatching(reason) } })
    await store.close()
  })

  it('catches a consistently rewritten history with a signed checkpoint and the public key alone', async () => {
    const store = await filled(open)
    const checkpoint = await createCheckpoint(store.sql, KEYS.privateKey)
    expect(checkpoint).toMatchObject({ seq: 6 })
    expect(await verifyChain(store.sql, { publicKey: KEYS.publicKey })).toMatchObject({ ok: true, checkpoints: { checked: 1, signaturesChecked: true } })

    await tamper(store, turnMarketingOn)
    await rewriteHistory(store)
    // Without the checkpoint the forged chain is internally consistent…
    await store.sql.query('delete from checkpoints')
    expect(await verifyChain(store.sql)).toMatchObject({ ok: true })
    // …but an auditor holding the published checkpoint and the public key sees the rewrite.
    const audit = await verifyChain(store.sql, { publicKey: KEYS.publicKey, checkpoints: [checkpoint!] })
    expect(audit).toMatchObject({ ok: false, error: { seq: 6, reason: expect.stringMatching(/differs from the checkpoint signed at .*: the history was rewritten/) } })
    await store.close()
  })

  it('rejects a checkpoint re-signed with another key, and one not signed at all', async () => {
    const store = await filled(open)
    await tamper(store, turnMarketingOn)
    await rewriteHistory(store)
    const forged = await createCheckpoint(store.sql, generateSigningKeys().privateKey)
    const report = await verifyChain(store.sql, { publicKey: KEYS.publicKey })
    expect(report).toMatchObject({ ok: false, error: { seq: 6, reason: expect.stringMatching(/has no valid signature from this public key/) } })
    const tampered = { ...forged!, hash: 'f'.repeat(64) }
    expect((await verifyChain(store.sql, { checkpoints: [tampered] })).error?.reason).toMatch(/differs from the checkpoint/)
    await store.close()
  })

  it('catches records removed after a checkpoint even when the head is moved back too', async () => {
    const store = await filled(open)
    const [checkpoint] = [await createCheckpoint(store.sql, KEYS.privateKey)]
    await tamper(store, 'delete from receipts where seq = 6')
    const { rows } = await store.sql.query<{ hash: string }>('select hash from receipts where seq = 5')
    await store.sql.query('update chain_head set seq = 5, hash = $1 where id = 1', [rows[0].hash])
    await store.sql.query('delete from checkpoints')
    const report = await verifyChain(store.sql, { publicKey: KEYS.publicKey, checkpoints: [checkpoint!] })
    expect(report.error?.reason).toMatch(/a checkpoint vouches for record #6, past the end of the log/)
    expect(await storedCheckpoints(store.sql)).toEqual([])
    await store.close()
  })
})
