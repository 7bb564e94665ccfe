import type { KeyObject } from 'node:crypto'
import { anchorProblem, type AnchorRow } from './anchor-check'
import { checkpointSignatureValid, storedCheckpoints, type Checkpoint } from './checkpoint'
import { GENESIS_HASH, linkHash, sha256Hex } from './hash'
import { RECEIPT_COLUMNS, type ReceiptRow } from './records'
import { MIN_RETENTION_YEARS } from './retention'
import type { Queryable } from './sql'

export interface VerifyOptions {
  /** Ed25519 public key (PEM or KeyObject): checkpoint signatures are checked with it. */
  publicKey?: string | KeyObject
  /** Checkpoints held outside the database (published, mailed to an auditor); checked like stored ones. */
  checkpoints?: Checkpoint[]
  /** Rows read per query; default 5000. */
  pageSize?: number
  /** The retention purges must have respected (years); default 5. Lower it only if purges were run lower. */
  retentionYears?: number
  /** The time of the audit; anchors dated after it are refused. */
  now?: Date
}

export interface VerifyReport {
  ok: boolean
  /** Records checked (present in the log, erased ones included). */
  records: number
  erased: number
  /** Records removed by purges, vouched for by anchor records. */
  purged: number
  head: { seq: number; hash: string }
  checkpoints: { checked: number; signaturesChecked: boolean; unverifiable: number }
  /** The first problem found, naming the record. */
  error?: { seq: number; reason: string }
}

/**
 * Walks the whole chain in order and checks every link: each body against its hash, each record hash
 * against its contents and the previous hash, gaps only where a sound purge anchor stands, the head, and every
 * checkpoint (signature with the public key, hash against the recomputed chain).
 */
export const verifyChain = async (
  db: Queryable,
  { publicKey, checkpoints: external = [], pageSize = 5000, retentionYears = MIN_RETENTION_YEARS, now = new Date() }: VerifyOptions = {},
): Promise<VerifyReport> => {
  const { rows: anchorRows } = await db.query<AnchorRow>(
    `select first_seq, last_seq, last_hash, count, cutoff, purged_at, last_received_at, last_site, last_body_hash, last_prev_hash from purge_anchors`,
  )
  const anchors = new Map(anchorRows.map((anchor) => [Number(anchor.first_seq), anchor]))
  // A published copy of a stored checkpoint counts once.
  const checkpoints = [...new Map([...(await storedCheckpoints(db)), ...external].map((checkpoint) => [checkpoint.signature, checkpoint])).values()]
  const wanted = new Set(checkpoints.map((checkpoint) => checkpoint.seq))
  const hashAt = new Map<number, string>()
  const report: VerifyReport = {
    ok: true,
    records: 0,
    erased: 0,
    purged: 0,
    head: { seq: 0, hash: GENESIS_HASH },
    checkpoints: { checked: 0, signaturesChecked: Boolean(publicKey), unverifiable: 0 },
  }
  const broken = (seq: number, reason: string): VerifyReport => ({ ...report, ok: false, error: { seq, reason } })

  let expected = 1
  let prevHash = GENESIS_HASH
  /** Skips purged runs that start at `expected`; returns the broken report if an anchor is not sound. */
  const skipAnchors = (): VerifyReport | null => {
    for (let anchor = anchors.get(expected); anchor; anchor = anchors.get(expected)) {
      const problem = anchorProblem(anchor, { now, retentionYears })
      if (problem) return broken(expected, problem)
      prevHash = anchor.last_hash
      report.purged += Number(anchor.count)
      if (wanted.has(Number(anchor.last_seq))) hashAt.set(Number(anchor.last_seq), anchor.last_hash)
      expected = Number(anchor.last_seq) + 1
    }
    return null
  }

  for (let after = 0; ; ) {
    const { rows } = await db.query<ReceiptRow>(`select ${RECEIPT_COLUMNS} from receipts where seq > $1 order by seq limit $2`, [after, pageSize])
    for (const row of rows) {
      const seq = Number(row.seq)
      const unsound = skipAnchors()
      if (unsound) return unsound
      if (seq > expected) return broken(expected, `record #${expected} is missing: deleted without a purge anchor`)
      if (seq < expected) return broken(seq, `record #${seq} appears twice`)
      if (row.prev_hash !== prevHash) return broken(seq, `record #${seq} does not follow record #${seq - 1}: a record was changed, removed or reordered`)
      if (row.body !== null) {
        if (sha256Hex(row.body) !== row.body_hash) return broken(seq, `record #${seq}: the receipt body was edited (it no longer matches its hash)`)
        const body = JSON.parse(row.body) as { receiptId?: unknown; consentId?: unknown }
        if (body.receiptId !== row.receipt_id || body.consentId !== row.consent_id) return broken(seq, `record #${seq}: receipt_id or consent_id was edited`)
      } else if (row.erased_at === null) {
        return broken(seq, `record #${seq}: the receipt body is missing but the record was not erased`)
      } else {
        report.erased += 1
      }
      const receivedAt = new Date(row.received_at)
      if (linkHash({ prevHash, seq, receivedAt, site: row.site, bodyHash: row.body_hash }) !== row.hash) {
        return broken(seq, `record #${seq} was edited: its hash does not match its contents`)
      }
      if (wanted.has(seq)) hashAt.set(seq, row.hash)
      prevHash = row.hash
      expected = seq + 1
      report.records += 1
    }
    if (rows.length < pageSize) break
    after = Number(rows[rows.length - 1].seq)
  }
  const unsound = skipAnchors()
  if (unsound) return unsound
  report.head = { seq: expected - 1, hash: prevHash }

  const { rows: heads } = await db.query<{ seq: string | number; hash: string }>('select seq, hash from chain_head where id = 1')
  if (Number(heads[0].seq) !== report.head.seq || heads[0].hash !== report.head.hash) {
    return broken(report.head.seq + 1, `the log ends at record #${report.head.seq} but its head says #${heads[0].seq}: records were removed from the end`)
  }

  for (const checkpoint of checkpoints) {
    if (publicKey && !checkpointSignatureValid(checkpoint, publicKey)) {
      return broken(checkpoint.seq, `the checkpoint of ${checkpoint.signedAt} for record #${checkpoint.seq} has no valid signature from this public key`)
    }
    if (checkpoint.seq > report.head.seq) return broken(checkpoint.seq, `a checkpoint vouches for record #${checkpoint.seq}, past the end of the log: records were removed`)
    const hash = hashAt.get(checkpoint.seq)
    if (hash === undefined) {
      report.checkpoints.unverifiable += 1
      continue
    }
    if (hash !== checkpoint.hash) {
      return broken(checkpoint.seq, `record #${checkpoint.seq} differs from the checkpoint signed at ${checkpoint.signedAt}: the history was rewritten`)
    }
    report.checkpoints.checked += 1
  }
  return report
}
