import type { Queryable } from './sql'

/** `receipts_y2026m11`: one partition per UTC month. */
export const partitionName = (date: Date): string =>
  `receipts_y${date.getUTCFullYear()}m${String(date.getUTCMonth() + 1).padStart(2, '0')}`

/** The month a partition name stands for, or null for a table that is not a month partition. */
export const partitionMonth = (name: string): Date | null => {
  const match = /^receipts_y(\d{4})m(\d{2})$/.exec(name)
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : null
}

/** Creates the month partition that `date` falls in, if missing. Callers hold the writer lock. */
export const ensurePartition = async (tx: Queryable, date: Date): Promise<void> => {
  const from = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1))
  const to = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1))
  await tx.query(
    `create table if not exists ${partitionName(date)} partition of receipts for values from ('${from.toISOString()}') to ('${to.toISOString()}')`,
  )
}

/** Existing month partitions, oldest first. */
export const listPartitions = async (db: Queryable): Promise<{ name: string; month: Date }[]> => {
  const { rows } = await db.query<{ name: string }>(
    `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
     where i.inhparent = 'receipts'::regclass order by c.relname`,
  )
  return rows.flatMap(({ name }) => {
    const month = partitionMonth(name)
    return month ? [{ name, month }] : []
  })
}
