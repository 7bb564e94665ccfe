#!/usr/bin/env node
// The demo site: static pages from demo/ and the built SDK from dist/, on one origin.
// Run with `npm run demo`; e2e specs use the same server (see playwright.config.ts).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/**
 * Pages share one site config and a few pieces of markup: `<!-- #consentry-config -->` becomes the JSON
 * config block from demo/site-config.json, and `<!-- #name -->` the contents of demo/partials/name.html.
 */
const withIncludes = (html) =>
  html.replace(/^( *)<!-- #([a-z-]+) -->\n/gm, (_, indent, name) =>
    name === 'consentry-config'
      ? `${indent}<script type="application/json" id="consentry-config">${readFileSync(join(root, 'demo/site-config.json'), 'utf8').trim()}</script>\n`
      : readFileSync(join(root, 'demo/partials', `${name}.html`), 'utf8'),
  )

/** Maps a URL path to a file: `/consentry*.js` and chunks come from dist/, everything else from demo/. */
const fileFor = (pathname) => {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '')
  for (const dir of ['dist', 'demo/public', 'demo/pages']) {
    let file = join(root, dir, clean)
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file) && !extname(file)) file += '.html'
    if (file.startsWith(join(root, dir)) && existsSync(file) && statSync(file).isFile()) return file
  }
  return null
}

/** Extra request handlers (the collector, vendor fakes) register here; return true when handled. */
export const createDemoServer = ({ handlers = [] } = {}) =>
  createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost')
    for (const handle of handlers) if (await handle(req, res, url)) return
    if (url.pathname === '/healthz') return res.end('ok')
    const file = fileFor(url.pathname)
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      return res.end('not found')
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    if (file.endsWith('.html')) return res.end(withIncludes(readFileSync(file, 'utf8')))
    createReadStream(file).pipe(res)
  })

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const portArg = process.argv.indexOf('--port')
  const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT ?? 4300)
  if (!existsSync(join(root, 'dist/consentry.js')) || !existsSync(join(root, 'dist/collector/index.js'))) {
    console.error('demo: dist/ is missing the SDK or the collector; run `npm run build` first (npm run demo does it for you).')
    process.exit(1)
  }
  // Imported here so that importing createDemoServer does not need the built collector.
  const { startDemoCollector } = await import('./collector.mjs')
  const collector = startDemoCollector({ root, port })
  const server = createDemoServer({ handlers: [collector.handle] })
  server.listen(port, () => console.log(`Consentry demo running at http://localhost:${port}/ (receipts: http://localhost:${port}/receipts)`))
  const stop = () => server.close(() => void collector.close().then(() => process.exit(0)))
  process.on('SIGINT', stop).on('SIGTERM', stop)
}
