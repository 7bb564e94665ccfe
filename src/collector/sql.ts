/**
 * The little SQL surface the collector needs, so the same statements run on PGlite (embedded) and on
 * PostgreSQL (`pg`). Rows come back as plain objects; `bigint` columns may arrive as number or string.
 */
export interface Queryable {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>
}

export interface Sql extends Queryable {
  /** Runs `fn` in one transaction on one connection; rolls back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>
  /** Several statements in one string, no parameters (migrations). */
  exec(text: string): Promise<void>
  /** `true` when the database is a separate PostgreSQL server rather than embedded PGlite. */
  readonly server: boolean
  close(): Promise<void>
}
