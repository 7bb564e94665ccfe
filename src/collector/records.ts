import type { Queryable } from './sql'
import type { ConsentReceipt } from './validate-receipt'

/** One stored receipt with the collector's fields. `receipt` is null once erased. */
export interface StoredReceipt {
  seq: number
  receivedAt: string
  site: string
  receiptId: string
  consentId: string | null
  receipt: ConsentReceipt | null
  bodyHash: string
  prevHash: string
  hash: string
  erasedAt: string | null
}

export interface ReceiptRow {
  seq: string | number
  received_at: Date | string
  site: string
  receipt_id: string
  consent_id: string | null
  body: string | null
  body_hash: string
  prev_hash: string
  hash: string
  erased_at: Date | string | null
}

export const RECEIPT_COLUMNS = 'seq, received_at, site, receipt_id, consent_id, body, body_hash, prev_hash, hash, erased_at'

const iso = (value: Date | string): string => new Date(value).toISOString()

export const toStoredReceipt = (row: ReceiptRow): StoredReceipt => ({
  seq: Number(row.seq),
  receivedAt: iso(row.received_at),
  site: row.site,
  receiptId: row.receipt_id,
  consentId: row.consent_id,
  receipt: row.body === null ? null : (JSON.parse(row.body) as ConsentReceipt),
  bodyHash: row.body_hash,
  prevHash: row.prev_hash,
  hash: row.hash,
  erasedAt: row.erased_at === null ? null : iso(row.erased_at),
})

/** Every receipt of one consent ID, oldest first (the data-subject access request). */
export const receiptsOf = async (db: Queryable, consentId: string): Promise<StoredReceipt[]> => {
  const { rows } = await db.query<ReceiptRow>(`select ${RECEIPT_COLUMNS} from receipts where consent_id = $1 order by seq`, [consentId])
  return rows.map(toStoredReceipt)
}

/** The latest receipts, newest first. */
export const latestReceipts = async (db: Queryable, limit: number): Promise<StoredReceipt[]> => {
  const { rows } = await db.query<ReceiptRow>(`select ${RECEIPT_COLUMNS} from receipts order by seq desc limit $1`, [limit])
  return rows.map(toStoredReceipt)
}
