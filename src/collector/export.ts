import { receiptsOf, type StoredReceipt } from './records'
import type { Queryable } from './sql'

export type ExportFormat = 'json' | 'csv'

const STANDARD = ['necessary', 'functional', 'performance', 'marketing']

/** Spreadsheet apps run cells starting with = + - @ as formulas; receipt fields are visitor-controlled. */
const cell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** One row per receipt, one column per category choice; erased receipts keep their hashes. */
export const receiptsToCsv = (receipts: StoredReceipt[]): string => {
  const extra = [...new Set(receipts.flatMap((stored) => Object.keys(stored.receipt?.choices ?? {})))].filter((id) => !STANDARD.includes(id)).sort()
  const categories = [...STANDARD, ...extra]
  const header = ['seq', 'receivedAt', 'site', 'receiptId', 'consentId', 'ts', 'event', ...categories.map((id) => `choice.${id}`), 'services', 'previous',
    'policyVersion', 'revision', 'locale', 'surface', 'action', 'bannerHash', 'signals', 'page', 'sdk', 'bodyHash', 'hash', 'erasedAt']
  const rows = receipts.map(({ receipt, ...stored }) =>
    [stored.seq, stored.receivedAt, stored.site, stored.receiptId, stored.consentId, receipt?.ts, receipt?.event, ...categories.map((id) => receipt?.choices[id]),
      receipt?.services, receipt?.previous, receipt?.policyVersion, receipt?.revision, receipt?.locale, receipt?.surface, receipt?.action, receipt?.bannerHash,
      receipt?.signals, receipt?.page, receipt?.sdk, stored.bodyHash, stored.hash, stored.erasedAt].map(cell).join(','),
  )
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`
}

/** Everything stored for one consent ID, as JSON or CSV (the data-subject access request). */
export const exportConsent = async (db: Queryable, consentId: string, format: ExportFormat = 'json'): Promise<string> => {
  const receipts = await receiptsOf(db, consentId)
  return format === 'csv' ? receiptsToCsv(receipts) : `${JSON.stringify({ consentId, receipts }, null, 2)}\n`
}
