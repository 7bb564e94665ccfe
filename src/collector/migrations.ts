import type { Sql } from './sql'

/**
 * Versioned schema migrations, applied in order, once, in one transaction each. Append new versions;
 * never edit a released one. The same SQL runs on PGlite and PostgreSQL.
 */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'receipts hash chain',
    sql: `
      -- Append-only proof log, partitioned by month so retention drops whole partitions.
      create table receipts (
        seq bigint not null,
        received_at timestamptz not null,
        site text not null,
        receipt_id text not null,
        consent_id text,
        body text,
        body_hash text not null,
        prev_hash text not null,
        hash text not null,
        erased_at timestamptz
      ) partition by range (received_at);
      create index receipts_seq on receipts (seq);
      create index receipts_consent on receipts (consent_id);
      -- Idempotency across partitions (a partitioned table cannot have a unique index without its key).
      create table receipt_ids (receipt_id text primary key, seq bigint not null);
      -- The chain head, for the writer (under an advisory lock); verify never trusts it alone.
      create table chain_head (id int primary key check (id = 1), seq bigint not null, hash text not null, received_at timestamptz);
      insert into chain_head values (1, 0, '${'0'.repeat(64)}', null);
      -- Purged runs of the chain: verify resumes from last_hash after a gap.
      create table purge_anchors (
        first_seq bigint primary key,
        last_seq bigint not null,
        last_hash text not null,
        count bigint not null,
        cutoff timestamptz not null,
        purged_at timestamptz not null
      );
      create table legal_holds (consent_id text primary key, reason text not null, created_at timestamptz not null default now());
      create table checkpoints (
        seq bigint not null,
        hash text not null,
        signed_at timestamptz not null,
        key_id text not null,
        signature text not null,
        primary key (seq, key_id)
      );
    `,
  },
  {
    version: 2,
    name: 'append-only guard',
    sql: `
      -- Receipts are never updated or deleted, except by erase (body and consent ID only) and purge, which
      -- announce themselves with SET LOCAL consentry.maintenance. Whoever bypasses this (a superuser
      -- disabling triggers) still cannot hide it from verify.
      create function consentry_append_only() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' and current_setting('consentry.maintenance', true) = 'purge' then
          return old;
        end if;
        if tg_op = 'UPDATE' and current_setting('consentry.maintenance', true) = 'erase'
          and new.body is null and new.consent_id is null and new.erased_at is not null
          and (new.seq, new.received_at, new.site, new.receipt_id, new.body_hash, new.prev_hash, new.hash)
            = (old.seq, old.received_at, old.site, old.receipt_id, old.body_hash, old.prev_hash, old.hash) then
          return new;
        end if;
        raise exception 'consentry: receipts are append-only (% refused); erase and purge go through consentry-collector', tg_op;
      end
      $$;
      create trigger receipts_append_only before update or delete on receipts for each row execute function consentry_append_only();
    `,
  },
  {
    version: 3,
    name: 'purge anchors prove the age of what they replace',
    sql: `
      -- The last purged record's linked fields: verify recomputes its hash from them, so an anchor cannot
      -- claim an older receivedAt than the record had, and a recent record cannot pass as purged.
      alter table purge_anchors add column last_received_at timestamptz;
      alter table purge_anchors add column last_site text;
      alter table purge_anchors add column last_body_hash text;
      alter table purge_anchors add column last_prev_hash text;
    `,
  },
]

/** Applies pending migrations; safe to call from several collectors at once (advisory lock). */
export const migrate = async (sql: Sql): Promise<number[]> => {
  await sql.exec('create table if not exists consentry_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())')
  const applied: number[] = []
  for (const migration of MIGRATIONS) {
    await sql.transaction(async (tx) => {
      await tx.query(`select pg_advisory_xact_lock(hashtext(current_schema() || '.consentry-migrate'))`)
      const { rows } = await tx.query('select 1 from consentry_migrations where version = $1', [migration.version])
      if (rows.length) return
      for (const statement of splitStatements(migration.sql)) await tx.query(statement)
      await tx.query('insert into consentry_migrations (version, name) values ($1, $2)', [migration.version, migration.name])
      applied.push(migration.version)
    })
  }
  return applied
}

/**
 * Splits on `;` at line ends, except inside `$$` function bodies. Migrations keep semicolons out of
 * string literals and comments, so nothing else needs parsing.
 */
const splitStatements = (text: string): string[] =>
  text
    .replace(/^\s*--.*$/gm, '')
    .split(/(\$\$[\s\S]*?\$\$)/)
    .map((part, index) => (index % 2 ? part : part.replace(/;\s*$/gm, ';\u0000')))
    .join('')
    .split('\u0000')
    .map((statement) => statement.trim().replace(/;$/, ''))
    .filter(Boolean)
