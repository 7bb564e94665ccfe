import { mkdirSync } from 'node:fs'
import { migrate } from './migrations'
import { pgSql } from './pg-sql'
import { pgliteSql } from './pglite-sql'
import type { Sql } from './sql'
import { createWriter, type Writer, type WriterOptions } from './writer'

export interface StoreOptions extends WriterOptions {
  /** PostgreSQL connection string; when absent, an embedded PGlite store is used. */
  databaseUrl?: string
  /** PostgreSQL schema for the tables (PostgreSQL only); default `public`. */
  schema?: string
  /** Folder for the embedded store; omitted ⇒ in memory (tests). */
  dataDir?: string
  /** An already opened connection (tests, custom pools). */
  sql?: Sql
}

export interface Store {
  sql: Sql
  writer: Writer
  close(): Promise<void>
}

/** Opens the database named by the options, applies migrations, and starts a group-commit writer. */
export const openStore = async (options: StoreOptions = {}): Promise<Store> => {
  const sql = options.sql ?? (await connect(options))
  await migrate(sql)
  const writer = createWriter(sql, options)
  return {
    sql,
    writer,
    async close() {
      await writer.flush()
      await sql.close()
    },
  }
}

const connect = async ({ databaseUrl, schema, dataDir }: StoreOptions): Promise<Sql> => {
  if (databaseUrl) return pgSql({ connectionString: databaseUrl, schema })
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  return pgliteSql(dataDir)
}
