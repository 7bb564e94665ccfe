import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createCheckpoint, type Checkpoint } from './checkpoint'
import { eraseConsent } from './erase'
import { exportConsent } from './export'
import { placeLegalHold, releaseLegalHold } from './legal-hold'
import { createCollectorServer } from './node-server'
import { purgeExpired } from './purge'
import { findSigningKey, readPem, writeSigningKeys } from './signing-key'
import { openStore, type Store } from './store'
import { verifyChain } from './verify'

export const USAGE = `consentry-collector <command> [options]

Commands:
  serve [--port 8787] [--host 0.0.0.0] [--origins https://a.example,https://b.example]
        [--admin-token T] [--trust-proxy] [--checkpoint-minutes 60]
                                  run the HTTP collector (signs a checkpoint hourly when a key is set)
  verify [--public-key FILE] [--checkpoint FILE]… [--retention-years 5] [--json]
                                  walk the hash chain, purge anchors and every checkpoint; exit 1 when broken
  checkpoint                      sign the current chain head now and print the checkpoint
  keygen [--out DIR]              make an Ed25519 signing key (DIR defaults to --data-dir)
  purge [--retention-years 5] [--allow-short-retention]
                                  drop receipts past retention (legal holds excepted), leaving anchors
  export --consent-id ID [--format json|csv] [--out FILE]
  erase --consent-id ID           remove that consent ID's receipt bodies, keep their hashes
  hold --consent-id ID --reason TEXT / release --consent-id ID
                                  legal hold: exempt a consent ID from purge and erasure
  migrate                         apply database migrations

Storage: --database-url (or DATABASE_URL) [--schema S] for PostgreSQL; otherwise an embedded PGlite
store in --data-dir (or CONSENTRY_DATA_DIR; default .data/collector).
Signing key: CONSENTRY_SIGNING_KEY (PEM), --key-file FILE, or <data-dir>/signing-key.pem.`

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  'database-url': { type: 'string' },
  schema: { type: 'string' },
  'data-dir': { type: 'string' },
  origins: { type: 'string' },
  'admin-token': { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  'checkpoint-minutes': { type: 'string' },
  'key-file': { type: 'string' },
  'public-key': { type: 'string' },
  checkpoint: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  out: { type: 'string' },
  'retention-years': { type: 'string' },
  'allow-short-retention': { type: 'boolean' },
  'consent-id': { type: 'string' },
  format: { type: 'string' },
  reason: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  env: NodeJS.ProcessEnv
}

const defaultIo: CliIo = { out: (text) => console.log(text), err: (text) => console.error(text), env: process.env }

class UsageError extends Error {}

const number = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed <= 0) throw new UsageError(`--${name} must be a positive number (got "${value}")`)
  return parsed
}

const required = (name: string, value: string | undefined): string => {
  if (!value) throw new UsageError(`--${name} is required`)
  return value
}

/** Runs one CLI command; resolves to the exit code (for `serve`, once the server has stopped). */
export const runCli = async (argv: string[], io: CliIo = defaultIo): Promise<number> => {
  let store: Store | undefined
  try {
    const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS })
    const [command] = positionals
    if (values.help || !command) {
      io.out(USAGE)
      return command || values.help ? 0 : 2
    }
    const dataDir = values['data-dir'] ?? io.env.CONSENTRY_DATA_DIR ?? '.data/collector'
    const databaseUrl = values['database-url'] ?? io.env.DATABASE_URL
    const signingKey = () => findSigningKey({ keyFile: values['key-file'] ?? io.env.CONSENTRY_SIGNING_KEY_FILE, dataDir: databaseUrl ? undefined : dataDir, env: io.env })

    if (command === 'keygen') {
      const { privateKeyFile, publicKeyFile } = writeSigningKeys(values.out ?? dataDir)
      io.out(`signing key: ${privateKeyFile} (keep it secret)\npublic key:  ${publicKeyFile} (publish it; auditors verify checkpoints with it)`)
      return 0
    }
    const consentId = () => required('consent-id', values['consent-id'])
    const commands: Record<string, (store: Store) => Promise<number>> = {
      migrate: async () => (io.out('migrations applied'), 0),
      serve: (store) => serve(store, values, io, signingKey()),
      async verify(store) {
        const external = (values.checkpoint ?? []).flatMap((file) => [JSON.parse(readFileSync(file, 'utf8')) as Checkpoint | Checkpoint[]].flat())
        const publicKey = values['public-key'] ? readPem(values['public-key']) : undefined
        const report = await verifyChain(store.sql, { publicKey, checkpoints: external, retentionYears: number('retention-years', values['retention-years'], 5) })
        if (values.json) io.out(JSON.stringify(report, null, 2))
        else if (report.ok) {
          io.out(
            `chain verified ✓  ${report.records} records (${report.erased} erased, ${report.purged} purged), head #${report.head.seq} ${report.head.hash}\n` +
              `checkpoints: ${report.checkpoints.checked} matched${report.checkpoints.signaturesChecked ? ', signatures checked' : ' (no --public-key: signatures not checked)'}` +
              (report.checkpoints.unverifiable ? `, ${report.checkpoints.unverifiable} inside purged ranges` : ''),
          )
        } else io.err(`chain BROKEN: ${report.error?.reason}`)
        return report.ok ? 0 : 1
      },
      async checkpoint(store) {
        const key = signingKey()
        if (!key) throw new UsageError('no signing key: run `consentry-collector keygen` or set CONSENTRY_SIGNING_KEY / --key-file')
        const checkpoint = await createCheckpoint(store.sql, key)
        io.out(checkpoint ? JSON.stringify(checkpoint) : 'the log is empty: nothing to sign yet')
        return 0
      },
      async purge(store) {
        const result = await purgeExpired(store.sql, {
          retentionYears: number('retention-years', values['retention-years'], 5),
          allowShortRetention: values['allow-short-retention'],
        })
        io.out(JSON.stringify(result))
        return 0
      },
      async export(store) {
        const format = values.format ?? 'json'
        if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv (got "${format}")`)
        const text = await exportConsent(store.sql, consentId(), format)
        if (values.out) writeFileSync(values.out, text)
        else io.out(text.trimEnd())
        return 0
      },
      async erase(store) {
        io.out(`erased ${await eraseConsent(store.sql, consentId())} receipt bodies of ${consentId()} (hashes kept)`)
        return 0
      },
      async hold(store) {
        await placeLegalHold(store.sql, consentId(), required('reason', values.reason))
        io.out(`legal hold placed on ${consentId()}`)
        return 0
      },
      async release(store) {
        io.out((await releaseLegalHold(store.sql, consentId())) ? `legal hold released on ${consentId()}` : `no legal hold on ${consentId()}`)
        return 0
      },
    }
    const run = commands[command]
    if (!run) throw new UsageError(`unknown command "${command}"`)
    store = await openStore({ databaseUrl, schema: values.schema, dataDir })
    return await run(store)
  } catch (error) {
    io.err(`consentry-collector: ${(error as Error).message}${error instanceof UsageError ? `\n\n${USAGE}` : ''}`)
    return error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1
  } finally {
    await store?.close()
  }
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values']

/** Serves until SIGINT/SIGTERM; signs a checkpoint every `--checkpoint-minutes` and on shutdown. */
const serve = (store: Store, values: Values, io: CliIo, signingKey: string | null): Promise<number> => {
  const port = number('port', values.port ?? io.env.PORT, 8787)
  const host = values.host ?? '0.0.0.0'
  const server = createCollectorServer({
    store,
    origins: (values.origins ?? io.env.CONSENTRY_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
    adminToken: values['admin-token'] ?? io.env.CONSENTRY_ADMIN_TOKEN,
    trustProxy: values['trust-proxy'],
  })
  const checkpoint = () => (signingKey ? createCheckpoint(store.sql, signingKey).catch((error: Error) => io.err(`checkpoint failed: ${error.message}`)) : Promise.resolve())
  const timer = setInterval(checkpoint, number('checkpoint-minutes', values['checkpoint-minutes'], 60) * 60_000)
  if (!signingKey) io.err('consentry-collector: no signing key, so no checkpoints (run `consentry-collector keygen`)')
  return new Promise((resolve) => {
    const stop = () => {
      clearInterval(timer)
      server.close(() => void checkpoint().then(() => resolve(0)))
    }
    process.once('SIGINT', stop).once('SIGTERM', stop)
    server.listen(port, host, () => io.out(`consentry collector listening on http://${host}:${port}/`))
  })
}
