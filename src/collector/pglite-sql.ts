import type { PGlite } from '@electric-sql/pglite'
import type { Queryable, Sql } from './sql'

/**
 * Embedded PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly) in a local folder, in memory when
 * `source` is omitted, or an instance you created (e.g. from a `loadDataDir` snapshot). PGlite is an
 * optional peer dependency, loaded only when no database URL is given.
 */
export const pgliteSql = async (source?: string | PGlite): Promise<Sql> => {
  const db = typeof source === 'object' ? source : await (await import('@electric-sql/pglite')).PGlite.create(source)
  const wrap = (target: Queryable): Queryable => ({ query: async (text, params) => ({ rows: (await target.query(text, params)).rows as never[] }) })
  return {
    server: false,
    query: wrap(db).query,
    exec: async (text) => void (await db.exec(text)),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  }
}
