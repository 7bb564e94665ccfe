import { randomBytes } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import { migrate } from './migrations'
import { pgSql } from './pg-sql'
import { pgliteSql } from './pglite-sql'
import { openStore, type Store, type StoreOptions } from './store'

/**
 * The two real backends the collector tests run against: PostgreSQL (127.0.0.1:5432, database `test`, or
 * DATABASE_URL / PG* variables) in a fresh schema per store, and an in-memory PGlite per store.
 */
export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? (process.env.PGHOST ? undefined : 'postgres://postgres@127.0.0.1:5432/test')

export interface Backend {
  name: 'postgresql' | 'pglite'
  open(options?: StoreOptions): Promise<Store>
}

const schemas: string[] = []

export const BACKENDS: Backend[] = [
  {
    name: 'postgresql',
    open(options = {}) {
      const schema = `consentry_test_${randomBytes(6).toString('hex')}`
      schemas.push(schema)
      return openStore({ ...options, databaseUrl: TEST_DATABASE_URL ?? 'postgres://', schema })
    },
  },
  {
    name: 'pglite',
    async open(options = {}) {
      // Starting from a snapshot skips initdb, which takes seconds on a busy machine.
      template ??= PGlite.create().then(async (db) => {
        await migrate(await pgliteSql(db))
        const snapshot = await db.dumpDataDir('none')
        await db.close()
        return snapshot
      })
      return openStore({ ...options, sql: await pgliteSql(await PGlite.create({ loadDataDir: await template })) })
    },
  },
]

let template: Promise<Blob> | undefined

/** Drops the PostgreSQL schemas the tests created; call in afterAll. */
export const dropTestSchemas = async (): Promise<void> => {
  if (!schemas.length) return
  const sql = await pgSql({ connectionString: TEST_DATABASE_URL ?? 'postgres://' })
  for (const schema of schemas.splice(0)) await sql.exec(`drop schema if exists ${schema} cascade`)
  await sql.close()
}

/**
 * What an operator with superuser rights can do to the log: switch triggers off for the transaction (the
 * append-only guard included) and edit rows. Verify must still catch it.
 */
export const tamper = (store: Store, ...statements: string[]): Promise<void> =>
  store.sql.transaction(async (tx) => {
    await tx.query('set local session_replication_role = replica')
    for (const statement of statements) await tx.query(statement)
  })
