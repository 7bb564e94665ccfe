// A real collector (the reference one, on PostgreSQL) behind a tiny real HTTP proxy that can play a
// collector in trouble: down (every connection dropped), answering 503, or holding requests. Specs point the
// demo page at it with `window.consentryConfig = { endpoint }` and read what was stored from the database.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test as base } from '@playwright/test'
import { createCollectorHandler, createCollectorServer, receiptsOf, type ConsentReceipt, type Store } from '../src/collector/index'
import { BACKENDS, dropTestSchemas } from '../src/collector/test-stores'

export type ProxyMode = 'pass' | 'unavailable' | 'hold'

export interface Posted {
  receiptId: string
  /** What the proxy answered or did. */
  answer: number | 'held'
}

export interface ReceiptCollector {
  /** The URL to post receipts to (through the proxy). */
  endpoint: string
  /** Every POST that reached the proxy, in order. */
  posted: Posted[]
  /** `unavailable`: 503 with `Retry-After: 1`; `hold`: keep requests open until the mode changes. */
  setMode(mode: ProxyMode): void
  /**
   * Drops every connection until `up()`: the browser sees a network error, as with a collector that is
   * down. (The port stays ours, so no other process can answer in its place meanwhile.)
   */
  down(): void
  up(): void
  /** Everything the collector stored for a consent ID, oldest first. */
  receiptsOf(consentId: string): Promise<ConsentReceipt[]>
  /** How many times the collector stored each receipt ID of this consent ID. */
  storedCounts(consentId: string): Promise<Record<string, number>>
}

const listen = (server: Server, port = 0) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => resolve(body))
  })

const startCollector = async (store: Store, origins: string[]): Promise<ReceiptCollector & { close(): Promise<void> }> => {
  const collector = createCollectorServer(createCollectorHandler({ store, origins, rateLimit: false }))
  const collectorUrl = `http://127.0.0.1:${await listen(collector)}`
  const posted: Posted[] = []
  let mode: ProxyMode = 'pass'
  const held: Array<() => void> = []
  let reachable = true

  const forward = async (req: IncomingMessage, res: ServerResponse, body: string) => {
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>
    const answer = await fetch(collectorUrl + req.url, { method: req.method, headers, body: req.method == 'POST' ? body : undefined })
    res.writeHead(answer.status, Object.fromEntries(answer.headers))
    res.end(Buffer.from(await answer.arrayBuffer()))
    return answer.status
  }

  const proxy = createServer(async (req, res) => {
    const body = await readBody(req)
    const entry: Posted | undefined = req.method == 'POST' ? { receiptId: JSON.parse(body).receiptId, answer: 'held' } : undefined
    if (entry) posted.push(entry)
    // A CORS preflight or a held request waits like any other; non-POSTs always pass.
    if (entry && mode == 'unavailable') {
      entry.answer = 503
      res.writeHead(503, { 'retry-after': '1', 'access-control-allow-origin': String(req.headers.origin ?? '*'), 'access-control-expose-headers': 'retry-after' }).end('{"error":"down for maintenance"}')
      return
    }
    if (entry && mode == 'hold') await new Promise<void>((release) => held.push(release))
    const status = await forward(req, res, body)
    if (entry) entry.answer = status
  })
  proxy.on('connection', (socket) => reachable || socket.destroy())
  const proxyPort = await listen(proxy)

  return {
    endpoint: `http://127.0.0.1:${proxyPort}/v1/receipts`,
    posted,
    setMode: (next) => {
      mode = next
      if (next != 'hold') for (const release of held.splice(0)) release()
    },
    down: () => {
      reachable = false
      proxy.closeAllConnections()
    },
    up: () => {
      reachable = true
    },
    receiptsOf: async (consentId) => (await receiptsOf(store.sql, consentId)).map((row) => row.receipt!),
    storedCounts: async (consentId) => {
      const { rows } = await store.sql.query<{ receipt_id: string; n: string | number }>(
        'select receipt_id, count(*) as n from receipts where consent_id = $1 group by receipt_id',
        [consentId],
      )
      return Object.fromEntries(rows.map((row) => [row.receipt_id, Number(row.n)]))
    },
    close: async () => {
      held.splice(0).forEach((release) => release())
      proxy.closeAllConnections()
      await new Promise((resolve) => proxy.close(resolve))
      collector.closeAllConnections()
      await new Promise((resolve) => collector.close(resolve))
    },
  }
}

/**
 * Specs get `collector`: a fresh real collector per test, on a PostgreSQL schema of its worker. It accepts
 * posts from the demo's origin, or from `collectorOrigins` when a spec visits the demo under another name.
 */
export const test = base.extend<{ collector: ReceiptCollector; collectorOrigins: string[] }, { store: Store }>({
  collectorOrigins: [[], { option: true }],
  store: [
    async ({}, use) => {
      const store = await BACKENDS[0].open()
      await use(store)
      await store.close()
      await dropTestSchemas()
    },
    { scope: 'worker' },
  ],
  collector: async ({ store, baseURL, collectorOrigins }, use) => {
    const collector = await startCollector(store, [new URL(baseURL!).origin, ...collectorOrigins])
    await use(collector)
    await collector.close()
  },
})

export { expect } from '@playwright/test'
