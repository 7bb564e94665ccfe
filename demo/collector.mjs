// The reference collector, mounted on the demo's origin under /v1/*, with an embedded PGlite store in
// .data/demo-<port> (CONSENTRY_DEMO_FRESH=1 starts from an empty store, as e2e runs do).
// Also serves /demo/receipts.json for the receipts view page (demo only: it shows the latest receipts).
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { createCollectorListener, latestReceipts, openStore, receiptStats, verifyChain } from '../dist/collector/index.js'

/**
 * Opening the embedded store takes a few seconds on a fresh folder, so the demo serves pages at once and
 * collector requests wait for the store (a receipt posted meanwhile is answered when it is ready).
 */
export const startDemoCollector = ({ root, port }) => {
  const dataDir = join(root, `.data/demo-${port}`)
  if (process.env.CONSENTRY_DEMO_FRESH === '1') rmSync(dataDir, { recursive: true, force: true })
  const ready = openStore({ dataDir }).then((store) => {
    const listener = createCollectorListener({
      store,
      origins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
      adminToken: process.env.CONSENTRY_ADMIN_TOKEN,
      // e2e specs post from one address in parallel; the production default (120/min) would throttle them.
      rateLimit: { perMinute: 6000, burst: 600 },
    })
    return { store, listener }
  })

  const receiptsView = async () => {
    const { store } = await ready
    const [latest, stats, verify] = await Promise.all([latestReceipts(store.sql, 50), receiptStats(store.sql), verifyChain(store.sql)])
    return { latest, stats, verify }
  }

  const handle = async (req, res, url) => {
    if (url.pathname.startsWith('/v1/')) {
      await (await ready).listener(req, res)
      return true
    }
    if (url.pathname === '/demo/receipts.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      res.end(JSON.stringify(await receiptsView()))
      return true
    }
    return false
  }
  return { handle, ready, close: async () => (await ready).store.close() }
}
