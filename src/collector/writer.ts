import { canonicalJson } from '../receipts/canonical'
import { linkHash, sha256Hex } from './hash'
import { ensurePartition, partitionName } from './partitions'
import type { Queryable, Sql } from './sql'
import type { ConsentReceipt } from './validate-receipt'

export interface AppendResult {
  /** `false` when a receipt with this receiptId was already stored (idempotent retry). */
  stored: boolean
  seq: number
}

interface Pending {
  receipt: ConsentReceipt
  site: string
  body: string
  bodyHash: string
  resolve: (result: AppendResult) => void
  reject: (error: unknown) => void
}

export interface WriterOptions {
  /** Most receipts per transaction; default 2000. */
  maxBatch?: number
  now?: () => Date
}

/**
 * Group commit: receipts that arrive while a transaction is in flight are written together in the next
 * one, so the database sees one round of statements per batch instead of per receipt. Each batch runs
 * under a per-schema advisory lock, so several collectors can share one database and one chain.
 */
export const createWriter = (sql: Sql, { maxBatch = 2000, now = () => new Date() }: WriterOptions = {}) => {
  let queue: Pending[] = []
  let running: Promise<void> | null = null
  const months = new Set<string>()

  const writeBatch = async (tx: Queryable, batch: Pending[]): Promise<AppendResult[]> => {
    await tx.query(`select pg_advisory_xact_lock(hashtext(current_schema() || '.consentry-chain'))`)
    // After the lock, in a statement of its own: its snapshot must see the last batch's commit.
    const { rows: heads } = await tx.query<{ seq: string | number; hash: string; received_at: Date | null; known: [string, number][] }>(
      `select seq, hash, received_at,
         (select coalesce(json_agg(json_build_array(receipt_id, seq)), '[]') from receipt_ids where receipt_id = any($1::text[])) as known
       from chain_head where id = 1`,
      [batch.map(({ receipt }) => receipt.receiptId)],
    )
    const seen = new Map(heads[0].known.map(([receiptId, seq]) => [receiptId, Number(seq)]))
    let seq = Number(heads[0].seq)
    let prevHash = heads[0].hash
    // Time never runs backwards along the chain, so seq order and partition order agree.
    const clock = now()
    const receivedAt = heads[0].received_at && heads[0].received_at > clock ? new Date(heads[0].received_at) : clock
    const rows: unknown[] = []
    const results = batch.map(({ receipt, site, body, bodyHash }): AppendResult => {
      const duplicate = seen.get(receipt.receiptId)
      if (duplicate !== undefined) return { stored: false, seq: duplicate }
      seq += 1
      const hash = linkHash({ prevHash, seq, receivedAt, site, bodyHash })
      rows.push({ seq, received_at: receivedAt.toISOString(), site, receipt_id: receipt.receiptId, consent_id: receipt.consentId, body, body_hash: bodyHash, prev_hash: prevHash, hash })
      seen.set(receipt.receiptId, seq)
      prevHash = hash
      return { stored: true, seq }
    })
    if (!rows.length) return results
    const month = partitionName(receivedAt)
    if (!months.has(month)) {
      await ensurePartition(tx, receivedAt)
      months.add(month)
    }
    // One statement for the rows, their idempotency keys and the new head: one round trip per batch.
    await tx.query(
      `with x as (select * from jsonb_to_recordset($1::jsonb)
         as x(seq bigint, received_at timestamptz, site text, receipt_id text, consent_id text, body text, body_hash text, prev_hash text, hash text)),
       stored as (insert into receipts (seq, received_at, site, receipt_id, consent_id, body, body_hash, prev_hash, hash)
         select seq, received_at, site, receipt_id, consent_id, body, body_hash, prev_hash, hash from x),
       keys as (insert into receipt_ids (receipt_id, seq) select receipt_id, seq from x)
       update chain_head set seq = $2, hash = $3, received_at = $4 where id = 1`,
      [JSON.stringify(rows), seq, prevHash, receivedAt.toISOString()],
    )
    return results
  }

  const drain = async (): Promise<void> => {
    while (queue.length) {
      const batch = queue.slice(0, maxBatch)
      queue = queue.slice(batch.length)
      try {
        const results = await sql.transaction((tx) => writeBatch(tx, batch))
        batch.forEach((item, index) => item.resolve(results[index]))
      } catch (error) {
        // The partition cache may be stale (e.g. a partition dropped by hand); re-check next time.
        months.clear()
        for (const item of batch) item.reject(error)
      }
    }
    running = null
  }

  return {
    /** Resolves once the receipt is committed (or known to be a duplicate). */
    append(receipt: ConsentReceipt, site: string): Promise<AppendResult> {
      // Hashed before queueing: only the chain links need the lock.
      const body = canonicalJson(receipt)
      return new Promise((resolve, reject) => {
        queue.push({ receipt, site, body, bodyHash: sha256Hex(body), resolve, reject })
        running ??= drain()
      })
    },
    /** Waits for every queued receipt to be written. */
    async flush(): Promise<void> {
      while (running) await running
    },
  }
}

export type Writer = ReturnType<typeof createWriter>
