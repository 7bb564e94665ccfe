import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import type { BenchSdk } from './sdks'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
}

/** The page of one SDK: the shared layout with that SDK's head and tag fragments filled in. */
export const pageFor = (benchDir: string, sdk: BenchSdk): string => {
  const fragment = (part: string) => readFileSync(join(benchDir, 'pages', `${sdk.id}.${part}.html`), 'utf8')
  return readFileSync(join(benchDir, 'pages/layout.html'), 'utf8')
    .replace('<!-- sdk:head -->', fragment('head'))
    .replace('<!-- sdk:tags -->', fragment('tags'))
}

/** A file under `dir` for a URL path, never outside it. */
const fileIn = (dir: string, path: string): string | null => {
  const file = resolve(dir, normalize(decodeURIComponent(path)).replace(/^([/\\]|\.\.[/\\])+/, ''))
  return file.startsWith(dir) && existsSync(file) && statSync(file).isFile() ? file : null
}

/**
 * Serves `/<sdk>/` (the page), `/<sdk>/<file>` (the SDK's files) and `/tags/*` (the held tags), all
 * uncompressed and `no-store`: every visit downloads what it needs; compressed sizes are computed by the
 * runner from the bodies the browser received.
 */
export const createBenchServer = (benchDir: string, sdks: BenchSdk[]): Server =>
  createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    const [, first = '', ...rest] = pathname.split('/')
    const sdk = sdks.find((candidate) => candidate.id === first)
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' })
      res.end(body)
    }
    if (sdk && rest.join('/') === '') return send(200, TYPES['.html'], pageFor(benchDir, sdk))
    const file = sdk?.assets ? fileIn(sdk.assets, rest.join('/')) : first === 'tags' ? fileIn(join(benchDir, 'tags'), rest.join('/')) : null
    if (!file) return send(404, 'text/plain', 'not found')
    send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file))
  })

/** Listens on the first free port of the bench's range (4500–4599). */
export const listenInRange = (server: Server, from = 4500, to = 4599): Promise<number> =>
  new Promise((done, fail) => {
    const attempt = (port: number) => {
      if (port > to) return fail(new Error(`bench: no free port in ${from}–${to}`))
      server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? attempt(port + 1) : fail(error)))
      server.listen(port, '127.0.0.1', () => done(port))
    }
    attempt(from)
  })
