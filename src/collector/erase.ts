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
  const { rows } = await sql.query('update receipts set body = null, consent_id = null, erased_at = $2 where consent_id = $1 returning seq', [
    consentId,
    now.toISOString(),
  ])
  return rows.length
}
