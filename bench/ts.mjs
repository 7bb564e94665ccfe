#!/usr/bin/env node
// Runs a TypeScript module of bench/ under plain Node 20 (no type stripping there) through Vite, which
// vitest already installs: `node bench/ts.mjs bench/size/cli.ts --write-readme`. The module exports
// `main(args)`; its resolved value is the exit code. The Vite server stays up until main() settles, so
// the module may import() more TypeScript at run time (e.g. bench/collector-throughput.ts).
import { resolve } from 'node:path'
import { createServer } from 'vite'

const [file, ...args] = process.argv.slice(2)
if (!file) {
  console.error('usage: node bench/ts.mjs <module.ts> [args…]')
  process.exit(2)
}
const vite = await createServer({
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
})
try {
  const module = await vite.ssrLoadModule(resolve(file))
  process.exitCode = await module.main(args)
} finally {
  await vite.close()
}
