import type { Queryable } from './sql'

/** Exempts every receipt of a consent ID from purge and erasure (litigation, an authority's request). */
export const placeLegalHold = async (db: Queryable, consentId: string, reason: string): Promise<void> => {
  if (!reason.trim()) throw new Error('consentry collector: a legal hold needs a reason (who asked, which case)')
  await db.query('insert into legal_holds (consent_id, reason) values ($1, $2) on conflict (consent_id) do update set reason = excluded.reason', [consentId, reason])
}

/** Lifts a hold; returns false when there was none. */
export const releaseLegalHold = async (db: Queryable, consentId: string): Promise<boolean> =>
  (await db.query('delete from legal_holds where consent_id = $1 returning consent_id', [consentId])).rows.length > 0

export const legalHoldOf = async (db: Queryable, consentId: string): Promise<string | null> =>
  (await db.query<{ reason: string }>('select reason from legal_holds where consent_id = $1', [consentId])).rows[0]?.reason ?? null
