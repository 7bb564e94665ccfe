import type { Queryable } from './sql'

export interface ReceiptStats {
  total: number
  erased: number
  /** Receipts per event kind (grant, refuse, …). */
  byEvent: Record<string, number>
  /** Per category: how many receipts had it on and off. */
  byChoice: Record<string, { on: number; off: number }>
}

/** Counts for a site owner's overview; erased receipts count in `total` and `erased` only. */
export const receiptStats = async (db: Queryable): Promise<ReceiptStats> => {
  const [totals, events, choices] = await Promise.all([
    db.query<{ total: string | number; erased: string | number }>('select count(*) as total, count(erased_at) as erased from receipts'),
    db.query<{ event: string; n: string | number }>(`select body::jsonb->>'event' as event, count(*) as n from receipts where body is not null group by 1 order by 1`),
    db.query<{ category: string; value: string; n: string | number }>(
      `select c.key as category, c.value as value, count(*) as n from receipts r, jsonb_each_text(r.body::jsonb->'choices') c
       where r.body is not null group by 1, 2 order by 1, 2`,
    ),
  ])
  const byChoice: ReceiptStats['byChoice'] = {}
  for (const { category, value, n } of choices.rows) {
    byChoice[category] ??= { on: 0, off: 0 }
    byChoice[category][value === 'true' ? 'on' : 'off'] = Number(n)
  }
  return {
    total: Number(totals.rows[0].total),
    erased: Number(totals.rows[0].erased),
    byEvent: Object.fromEntries(events.rows.map(({ event, n }) => [event, Number(n)])),
    byChoice,
  }
}
