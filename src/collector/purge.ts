import { listPartitions } from './partitions'
import { retentionCutoff, type RetentionOptions } from './retention'
import type { Queryable, Sql } from './sql'

export interface PurgeOptions extends RetentionOptions {
  now?: Date
}

export interface PurgeResult {
  cutoff: string
  purged: number
  /** Anchor records written: one per run of purged records (legal holds split runs). */
  anchors: number
  /** Month partitions dropped whole (no held receipts in them). */
  droppedPartitions: string[]
  /** Expired receipts kept because of a legal hold. */
  held: number
}

const NOT_HELD = 'not exists (select 1 from legal_holds h where h.consent_id = r.consent_id)'

/**
 * Removes receipts older than the retention period — refusals exactly like consents — except those under
 * legal hold. Each run of removed records leaves an anchor (its range and last hash), so `verify` resumes
 * the chain after the gap. Whole expired months go by dropping their partition, which is cheap.
 */
export const purgeExpired = async (sql: Sql, { now = new Date(), ...retention }: PurgeOptions = {}): Promise<PurgeResult> => {
  const cutoff = retentionCutoff(now, retention)
  return sql.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext(current_schema() || '.consentry-chain'))`)
    // The append-only guard lets deletes through in this transaction only (migration 2).
    await tx.query(`select set_config('consentry.maintenance', 'purge', true)`)
    const result: PurgeResult = { cutoff: cutoff.toISOString(), purged: 0, anchors: 0, droppedPartitions: [], held: 0 }
    const { rows } = await tx.query<{ last: string | number | null }>('select max(seq) as last from receipts where received_at < $1', [cutoff.toISOString()])
    if (rows[0].last === null) return result
    const last = Number(rows[0].last)
    // Runs of consecutive purgeable records, each with the linked fields of its last record.
    const runs = await tx.query<{
      first_seq: string | number
      last_seq: string | number
      n: string | number
      last_hash: string
      last_received_at: Date | string
      last_site: string
      last_body_hash: string
      last_prev_hash: string
    }>(
      `select min(seq) as first_seq, max(seq) as last_seq, count(*) as n,
         (array_agg(hash order by seq desc))[1] as last_hash, (array_agg(received_at order by seq desc))[1] as last_received_at,
         (array_agg(site order by seq desc))[1] as last_site, (array_agg(body_hash order by seq desc))[1] as last_body_hash,
         (array_agg(prev_hash order by seq desc))[1] as last_prev_hash
       from (select seq, hash, received_at, site, body_hash, prev_hash, seq - row_number() over (order by seq) as run
             from receipts r where seq <= $1 and ${NOT_HELD}) t
       group by run order by first_seq`,
      [last],
    )
    for (const run of runs.rows) {
      await tx.query(
        `insert into purge_anchors (first_seq, last_seq, last_hash, count, cutoff, purged_at, last_received_at, last_site, last_body_hash, last_prev_hash)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [run.first_seq, run.last_seq, run.last_hash, run.n, cutoff.toISOString(), now.toISOString(), new Date(run.last_received_at).toISOString(), run.last_site, run.last_body_hash, run.last_prev_hash],
      )
      result.purged += Number(run.n)
    }
    result.anchors = runs.rows.length
    result.droppedPartitions = await dropExpiredPartitions(tx, cutoff)
    await tx.query(`delete from receipts r where seq <= $1 and ${NOT_HELD}`, [last])
    await tx.query('delete from receipt_ids i where seq <= $1 and not exists (select 1 from receipts r where r.seq = i.seq)', [last])
    const held = await tx.query<{ n: string | number }>('select count(*) as n from receipts where seq <= $1', [last])
    result.held = Number(held.rows[0].n)
    return result
  })
}

/** Drops month partitions that end before the cutoff and hold no receipt under legal hold. */
const dropExpiredPartitions = async (tx: Queryable, cutoff: Date): Promise<string[]> => {
  const dropped: string[] = []
  for (const { name, month } of await listPartitions(tx)) {
    const end = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))
    if (end > cutoff) continue
    const { rows } = await tx.query(`select 1 from ${name} r where not (${NOT_HELD}) limit 1`)
    if (rows.length) continue
    await tx.query(`drop table ${name}`)
    dropped.push(name)
  }
  return dropped
}
