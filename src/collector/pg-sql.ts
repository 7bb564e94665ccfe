import type { Queryable, Sql } from './sql'

export interface PgOptions {
  /** `postgres://…`; also honours the usual PG* environment variables (PGHOST…) through `pg`. */
  connectionString?: string
  /** PostgreSQL schema for the collector's tables (created if missing); default `public`. */
  schema?: string
  /** Pool size; the writer uses one connection at a time, readers the rest. */
  max?: number
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/

/** PostgreSQL through `pg` (an optional peer dependency, loaded only when a database URL is used). */
export const pgSql = async (options: PgOptions = {}): Promise<Sql> => pgSqlWith((await import('pg')).default, options)

/** The same with a `pg` module you imported yourself (bundlers or runners without dynamic import). */
export const pgSqlWith = async (pg: typeof import('pg').default, { connectionString, schema = 'public', max = 4 }: PgOptions = {}): Promise<Sql> => {
  if (!IDENTIFIER.test(schema)) throw new Error(`consentry collector: schema must be a lowercase SQL identifier (got "${schema}")`)
  const setup = new pg.Client({ connectionString })
  await setup.connect()
  try {
    await setup.query(`create schema if not exists ${schema}`)
  } finally {
    await setup.end()
  }
  const pool = new pg.Pool({ connectionString, max, options: `-c search_path=${schema}` })
  const query: Queryable['query'] = async (text, params) => ({ rows: (await pool.query(text, params)).rows })
  return {
    server: true,
    query,
    exec: async (text) => void (await pool.query(text)),
    async transaction(fn) {
      const client = await pool.connect()
      try {
        await client.query('begin')
        const result = await fn({ query: async (text, params) => ({ rows: (await client.query(text, params)).rows }) })
        await client.query('commit')
        return result
      } catch (error) {
        await client.query('rollback').catch(() => {})
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}
