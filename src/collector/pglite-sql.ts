import type { Queryable, Sql } from './sql'

/**
 * Embedded PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly) in a local folder, or in memory when
 * `dataDir` is omitted. An optional peer dependency, loaded only when no database URL is given.
 */
export const pgliteSql = async (dataDir?: string): Promise<Sql> => {
  const { PGlite } = await import('@electric-sql/pglite')
  const db = await PGlite.create(dataDir)
  const wrap = (target: Queryable): Queryable => ({ query: async (text, params) => ({ rows: (await target.query(text, params)).rows as never[] }) })
  return {
    server: false,
    query: wrap(db).query,
    exec: async (text) => void (await db.exec(text)),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  }
}
