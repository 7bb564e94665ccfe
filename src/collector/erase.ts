import { legalHoldOf } from './legal-hold'
import type { Sql } from './sql'

/**
 * Erases a consent ID's receipts (a data-subject erasure request): the bodies and the consent ID go, the
 * body hashes and record hashes stay, so the chain still verifies and shows that records were erased.
 * Refused while the consent ID is under legal hold. Returns how many receipts were erased.
 */
export const eraseConsent = async (sql: Sql, consentId: string, now = new Date()): Promise<number> => {
  const hold = await legalHoldOf(sql, consentId)
  if (hold !== null) throw new Error(`consentry collector: consent ID ${consentId} is under legal hold (${hold}); release the hold before erasing`)
  return sql.transaction(async (tx) => {
    // The append-only guard lets exactly this update through (migration 2).
    await tx.query(`select set_config('consentry.maintenance', 'erase', true)`)
    const { rows } = await tx.query('update receipts set body = null, consent_id = null, erased_at = $2 where consent_id = $1 returning seq', [
      consentId,
      now.toISOString(),
    ])
    return rows.length
  })
}
