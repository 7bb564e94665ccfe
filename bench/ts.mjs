#!/usr/bin/env node
// Runs a TypeScript module of bench/ under plain Node 20 (no type stripping there) through Vite's module
// runner, which vitest already installs: `node bench/ts.mjs bench/size/cli.ts --write-readme`.
// The module exports `main(args)`; its resolved value is the exit code.
import { resolve } from 'node:path'
import { runnerImport } from 'vite'

const [file, ...args] = process.argv.slice(2)
if (!file) {
  console.error('usage: node bench/ts.mjs <module.ts> [args…]')
  process.exit(2)
}
const { module } = await runnerImport(resolve(file))
process.exitCode = await module.main(args)
