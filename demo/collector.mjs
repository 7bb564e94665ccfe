// The reference collector, mounted on the demo's origin under /v1/*, with an embedded PGlite store in
// .data/demo-<port> (CONSENTRY_DEMO_FRESH=1 starts from an empty store, as e2e runs do).
// Also serves /demo/receipts.json for the receipts view page (demo only: it shows the latest receipts).
import { createPublicKey } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCheckpoint, createCollectorListener, generateSigningKeys, keyId, latestReceipts, openStore, receiptStats, verifyChain } from '../dist/collector/index.js'

/** The demo's own checkpoint key, kept with its store so checkpoints stay verifiable across restarts. */
const demoSigningKey = (dataDir) => {
  const file = join(dataDir, 'signing-key.pem')
  if (!existsSync(file)) writeFileSync(file, generateSigningKeys().privateKey, { mode: 0o600 })
  return readFileSync(file, 'utf8')
}

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
    return { store, listener, signingKey: demoSigningKey(dataDir) }
  })

  // A real collector signs a checkpoint hourly; the demo signs one whenever the owner looks, then verifies
  // the chain and every checkpoint with the public key alone.
  const receiptsView = async () => {
    const { store, signingKey } = await ready
    await createCheckpoint(store.sql, signingKey)
    const publicKey = createPublicKey(signingKey).export({ type: 'spki', format: 'pem' }).toString()
    const [latest, stats, verify] = await Promise.all([latestReceipts(store.sql, 50), receiptStats(store.sql), verifyChain(store.sql, { publicKey })])
    return { latest, stats, verify, keyId: keyId(publicKey) }
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
