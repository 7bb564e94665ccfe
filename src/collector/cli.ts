#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { createCollectorHandler } from './handler'
import { createCollectorServer } from './node-server'
import { openStore } from './store'

const USAGE = `consentry-collector <command> [options]

Commands:
  serve --port 8787              run the HTTP collector

Storage: --database-url (or DATABASE_URL) for PostgreSQL, else an embedded store in --data-dir (.data/collector).`

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '0.0.0.0' },
    'database-url': { type: 'string', default: process.env.DATABASE_URL },
    schema: { type: 'string' },
    'data-dir': { type: 'string', default: process.env.CONSENTRY_DATA_DIR ?? '.data/collector' },
    origins: { type: 'string', default: process.env.CONSENTRY_ORIGINS ?? '' },
    'admin-token': { type: 'string', default: process.env.CONSENTRY_ADMIN_TOKEN },
    'trust-proxy': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
})

const main = async (): Promise<void> => {
  const [command] = positionals
  if (values.help || !command) return console.log(USAGE)
  const store = await openStore({ databaseUrl: values['database-url'], schema: values.schema, dataDir: values['data-dir'] })
  if (command === 'serve') {
    const handler = createCollectorHandler({
      store,
      origins: values.origins.split(',').map((origin) => origin.trim()).filter(Boolean),
      adminToken: values['admin-token'],
    })
    const server = createCollectorServer(handler, { trustProxy: values['trust-proxy'] })
    server.listen(Number(values.port), values.host, () => console.log(`consentry collector listening on http://${values.host}:${values.port}/`))
    const stop = () => server.close(() => void store.close().then(() => process.exit(0)))
    process.on('SIGINT', stop).on('SIGTERM', stop)
    return
  }
  await store.close()
  throw new Error(`unknown command "${command}"\n\n${USAGE}`)
}

main().catch((error: Error) => {
  console.error(`consentry-collector: ${error.message}`)
  process.exit(1)
})
