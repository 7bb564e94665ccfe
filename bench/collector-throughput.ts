import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { Worker } from 'node:worker_threads'
import { createCollectorServer } from '../src/collector/node-server'
import pg from 'pg'
import { pgSqlWith } from '../src/collector/pg-sql'
import { sampleReceipt } from '../src/collector/sample-receipt'
import { openStore } from '../src/collector/store'
import { verifyChain } from '../src/collector/verify'

export interface CollectorBenchOptions {
  /** PostgreSQL to write into; a fresh schema is created and dropped. Default DATABASE_URL or 127.0.0.1:5432/test. */
  databaseUrl?: string
  /** Receipts to post (a fixed count); default 20000. */
  receipts?: number
  /** Requests in flight at once (many visitors posting at the same moment); default 256. Group commit batches what is in flight, so this bounds the batch size. */
  concurrency?: number
  /** Hard stop for posting, in ms; default 60000. Receipts not sent by then are reported as `unsent`. */
  timeLimitMs?: number
}

export interface CollectorBenchResult {
  receiptsPerSecond: number
  /** Acknowledged (201/200) but missing from the database. */
  lost: number
  /** Rows beyond one per receipt ID. */
  duplicated: number
  sent: number
  stored: number
  unsent: number
  failedRequests: number
  chainValid: boolean
  seconds: number
  concurrency: number
}

/**
 * The load generator runs in a worker thread, so that it does not share the collector's event loop (on
 * 2 cores, the collector gets one and the client the other, as with a separate load machine).
 * Plain JS source: the worker must not depend on how this TypeScript file is being run.
 */
const CLIENT = `
const { workerData, parentPort } = require('node:worker_threads')
const { Agent, request } = require('node:http')
const { port, bodies, concurrency, timeLimitMs } = workerData
const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
const post = (body) => new Promise((resolve) => {
  const req = request({ host: '127.0.0.1', port, path: '/v1/receipts', method: 'POST', agent,
    headers: { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) } }, (res) => {
    res.resume()
    res.on('end', () => resolve(res.statusCode))
  })
  req.on('error', () => resolve(0))
  req.end(body)
})
const acknowledged = []
let next = 0
let failedRequests = 0
const started = performance.now()
const worker = async () => {
  while (next < bodies.length && performance.now() < started + timeLimitMs) {
    const index = next++
    // Retried like the browser outbox does; the receipt ID makes a retry safe.
    for (let attempt = 0; attempt < 4; attempt++) {
      const status = await post(bodies[index])
      if (status === 201 || status === 200) { acknowledged.push(index); break }
      failedRequests += 1
    }
  }
}
Promise.all(Array.from({ length: concurrency }, worker)).then(() => {
  agent.destroy()
  parentPort.postMessage({ acknowledged, sent: next, failedRequests, seconds: (performance.now() - started) / 1000 })
})
`

interface ClientReport {
  acknowledged: number[]
  sent: number
  failedRequests: number
  seconds: number
}

const runClient = (workerData: { port: number; bodies: string[]; concurrency: number; timeLimitMs: number }): Promise<ClientReport> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT, { eval: true, workerData })
    worker.once('message', resolve)
    worker.once('error', reject)
  })

/**
 * Posts a fixed number of receipts over loopback HTTP to a collector writing into PostgreSQL (hash chain
 * and group commit included), then checks that every acknowledged receipt is stored exactly once and the
 * chain verifies. A receipt answered with an error is retried up to three times, as the browser outbox does.
 * `receiptsPerSecond` counts acknowledged receipts over the posting time (the slowest request included).
 */
export const runCollectorBench = async ({
  databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  receipts = 20_000,
  concurrency = 256,
  timeLimitMs = 60_000,
}: CollectorBenchOptions = {}): Promise<CollectorBenchResult> => {
  const schema = `consentry_bench_${randomBytes(4).toString('hex')}`
  // pg is imported statically: bench/ts.mjs closes its module runner once main() starts.
  const store = await openStore({ sql: await pgSqlWith(pg, { connectionString: databaseUrl, schema }) })
  const server = createCollectorServer({ store, rateLimit: false })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const receiptList = Array.from({ length: receipts }, () => sampleReceipt())
  try {
    const client = await runClient({ port, bodies: receiptList.map((receipt) => JSON.stringify(receipt)), concurrency, timeLimitMs })
    const acknowledged = new Set(client.acknowledged.map((index) => receiptList[index].receiptId))
    const seconds = client.seconds
    const { rows } = await store.sql.query<{ receipt_id: string }>('select receipt_id from receipts')
    const storedIds = new Set(rows.map((row) => row.receipt_id))
    const report = await verifyChain(store.sql)
    return {
      receiptsPerSecond: Math.round(acknowledged.size / seconds),
      lost: [...acknowledged].filter((id) => !storedIds.has(id)).length,
      duplicated: rows.length - storedIds.size,
      sent: client.sent,
      stored: rows.length,
      unsent: receipts - client.sent,
      failedRequests: client.failedRequests,
      chainValid: report.ok,
      seconds: Math.round(seconds * 100) / 100,
      concurrency,
    }
  } finally {
    await new Promise((resolve) => server.close(resolve))
    await store.close()
    const admin = await pgSqlWith(pg, { connectionString: databaseUrl })
    await admin.exec(`drop schema if exists ${schema} cascade`)
    await admin.close()
  }
}

/** `node bench/ts.mjs bench/collector-throughput.ts [--receipts 20000] [--concurrency 256] [--time-limit 60]` */
export const main = async (args: string[]): Promise<number> => {
  const option = (name: string, fallback: number) => {
    const index = args.indexOf(`--${name}`)
    return index >= 0 ? Number(args[index + 1]) : fallback
  }
  const result = await runCollectorBench({ receipts: option('receipts', 20_000), concurrency: option('concurrency', 256), timeLimitMs: option('time-limit', 60) * 1000 })
  console.log(JSON.stringify(result, null, 2))
  return result.lost === 0 && result.duplicated === 0 && result.chainValid ? 0 : 1
}
