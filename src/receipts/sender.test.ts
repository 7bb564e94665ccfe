import { type IncomingMessage, type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createEngine } from '../core/engine'
import { memoryStorage } from '../storage/cookie-storage'
import { captureReceipts } from './capture'
import { type Outbox, createOutbox } from './outbox'
import { type Sender, startSender } from './sender'
import { pageStorage } from './test-storage'
import type { ConsentReceipt } from './types'

interface Posted {
  receipt: ConsentReceipt
  headers: IncomingMessage['headers']
}

/** A real HTTP collector stand-in: stores receipts once by ID and answers what `answer` decides. */
const collector = async (answer: (receipt: ConsentReceipt, attempt: number) => number | [number, Record<string, string>, string] = () => 201) => {
  const posted: Posted[] = []
  const stored = new Map<string, ConsentReceipt>()
  const attempts = new Map<string, number>()
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const receipt = JSON.parse(body) as ConsentReceipt
      posted.push({ receipt, headers: req.headers })
      const attempt = (attempts.get(receipt.receiptId) ?? 0) + 1
      attempts.set(receipt.receiptId, attempt)
      const decided = answer(receipt, attempt)
      const [status, headers, text] = Array.isArray(decided) ? decided : [decided, {}, '']
      if (status == 201 && stored.has(receipt.receiptId)) return res.writeHead(200).end('{"duplicate":true}')
      if (status == 201) stored.set(receipt.receiptId, receipt)
      res.writeHead(status, headers).end(text)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  open.push(server)
  return { endpoint: `http://127.0.0.1:${port}/v1/receipts`, posted, stored, server, port }
}

const open: Server[] = []
const senders: Sender[] = []
afterEach(async () => {
  senders.splice(0).forEach((sender) => sender.dispose())
  await Promise.all(open.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

const setup = (endpoint: string, options: { fetch?: typeof fetch; report?: (message: string) => void } = {}) => {
  const storage = pageStorage()
  const outbox = createOutbox(() => storage)
  const engine = createEngine({ policyVersion: '2026-11', revision: 1 }, { storage: memoryStorage(), gpc: () => false })
  const events = { window: new EventTarget(), document: Object.assign(new EventTarget(), { visibilityState: 'visible' }) }
  const start = () => {
    const sender = startSender({ endpoint, outbox, backoff: { base: 20, cap: 200 }, ...events, ...options })
    senders.push(sender)
    return sender
  }
  return { storage, outbox, engine, events, start }
}

/** Captures changes into the outbox without sending them (a page that was left before the chunk loaded). */
const captureOnly = async (engine: ReturnType<typeof createEngine>, outbox: Outbox, act: () => void) => {
  const stop = captureReceipts(engine, outbox, () => {})
  act()
  await Promise.resolve()
  stop()
}

describe('startSender', () => {
  it('posts each receipt once as text/plain without cookies, and empties the outbox', async () => {
    const server = await collector()
    const { outbox, engine, storage, start } = setup(server.endpoint)
    await captureOnly(engine, outbox, () => {
      engine.acceptAll({ surface: 'banner', shown: 'texts' })
      engine.set({ marketing: false })
    })
    expect(outbox.items()).toHaveLength(2)
    await start().flush()
    expect(server.posted.map((p) => p.receipt.event)).toEqual(['grant', 'withdraw'])
    expect(server.posted[0].headers['content-type']).toBe('text/plain;charset=UTF-8')
    expect(server.posted[0].headers.cookie).toBeUndefined()
    expect(server.posted[0].receipt.bannerHash).toMatch(/^[a-f0-9]{64}$/)
    expect(outbox.items()).toEqual([])
    expect(storage.length).toBe(0)
  })

  it('treats 200 (already stored) as delivered', async () => {
    const server = await collector(() => 200)
    const { outbox, engine, start } = setup(server.endpoint)
    await captureOnly(engine, outbox, () => engine.rejectAll())
    await start().flush()
    expect(server.posted).toHaveLength(1)
    expect(outbox.items()).toEqual([])
  })

  it('retries 503 with backoff until stored, keeping the same receipt ID', async () => {
    const server = await collector((_, attempt) => (attempt < 3 ? 503 : 201))
    const { outbox, engine, start } = setup(server.endpoint)
    await captureOnly(engine, outbox, () => engine.acceptAll())
    start()
    await vi.waitFor(() => expect(server.stored.size).toBe(1))
    expect(server.posted).toHaveLength(3)
    expect(new Set(server.posted.map((p) => p.receipt.receiptId)).size).toBe(1)
    await vi.waitFor(() => expect(outbox.items()).toEqual([]))
  })

  it('drops a receipt the collector refuses (400) and names the reason', async () => {
    const server = await collector(() => [400, { 'content-type': 'application/json' }, '{"error":"locale must be a string of at most 35 characters"}'])
    const reports: string[] = []
    const { outbox, engine, start } = setup(server.endpoint, { report: (message) => reports.push(message) })
    await captureOnly(engine, outbox, () => engine.acceptAll())
    const [{ id }] = outbox.items()
    await start().flush()
    expect(outbox.items()).toEqual([])
    expect(reports).toEqual([expect.stringContaining(`refused receipt ${id} (400: {"error":"locale must be a string of at most 35 characters"})`)])
  })

  it('keeps receipts while the collector is unreachable and sends them on the next page load', async () => {
    // A port that drops every connection: unreachable, and never handed to another process meanwhile.
    const dropping = createServer().on('connection', (socket) => socket.destroy())
    await new Promise<void>((resolve) => dropping.listen(0, '127.0.0.1', resolve))
    open.push(dropping)
    const { outbox, engine, events, start } = setup(`http://127.0.0.1:${(dropping.address() as AddressInfo).port}/v1/receipts`)
    await captureOnly(engine, outbox, () => engine.acceptAll())
    await start().flush()
    expect(outbox.items()).toHaveLength(1)
    expect(outbox.items()[0].receipt?.bannerHash).toMatch(/^[a-f0-9]{64}$/)
    // The next page load: a new sender over the same outbox, with the collector reachable again.
    const back = await collector()
    senders.push(startSender({ endpoint: back.endpoint, outbox, backoff: { base: 3_600_000 }, ...events }))
    await vi.waitFor(() => expect(back.stored.size).toBe(1))
    expect(outbox.items()).toEqual([])
  })

  it('on "online" retries at once instead of waiting out the backoff', async () => {
    let up = false
    const server = await collector(() => (up ? 201 : 503))
    const { outbox, engine, events } = setup(server.endpoint)
    await captureOnly(engine, outbox, () => engine.acceptAll())
    const sender = startSender({ endpoint: server.endpoint, outbox, backoff: { base: 3_600_000 }, ...events })
    senders.push(sender)
    await sender.flush()
    expect(outbox.items()).toHaveLength(1)
    up = true
    events.window.dispatchEvent(new Event('online'))
    await vi.waitFor(() => expect(server.stored.size).toBe(1))
    expect(outbox.items()).toEqual([])
  })

  it('starts every post synchronously on pagehide, hashing without Web Crypto', async () => {
    const server = await collector()
    const started: string[] = []
    const recording: typeof fetch = (input, init) => {
      started.push(JSON.parse(String(init?.body)).receiptId)
      return fetch(input, init)
    }
    const { outbox, engine, events } = setup(server.endpoint)
    await captureOnly(engine, outbox, () => {
      engine.acceptAll()
      engine.set({ performance: false })
      engine.reset()
    })
    const ids = outbox.items().map((item) => item.id)
    expect(outbox.items().every((item) => item.capture && !item.receipt)).toBe(true)
    const sender = startSender({ endpoint: server.endpoint, outbox, fetch: recording, ...events })
    senders.push(sender)
    events.window.dispatchEvent(new Event('pagehide'))
    expect(started).toEqual(ids)
    await vi.waitFor(() => expect(outbox.items()).toEqual([]))
    expect(server.stored.size).toBe(3)
  })

  it('sends on visibilitychange to hidden, not to visible', async () => {
    const server = await collector()
    const { outbox, engine, events } = setup(server.endpoint)
    const sender = startSender({ endpoint: server.endpoint, outbox, ...events })
    senders.push(sender)
    await sender.flush()
    await captureOnly(engine, outbox, () => engine.acceptAll())
    events.document.dispatchEvent(new Event('visibilitychange'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(server.posted).toHaveLength(0)
    events.document.visibilityState = 'hidden'
    events.document.dispatchEvent(new Event('visibilitychange'))
    await vi.waitFor(() => expect(server.stored.size).toBe(1))
  })

  it('does not let one receipt the collector keeps failing on hold up the others', async () => {
    const server = await collector((receipt) => (receipt.event == 'grant' ? 500 : 201))
    const { outbox, engine, start } = setup(server.endpoint)
    await captureOnly(engine, outbox, () => {
      engine.acceptAll()
      engine.set({ marketing: false })
      engine.set({ functional: false })
    })
    start()
    await vi.waitFor(() => expect(server.stored.size).toBe(2))
    expect(outbox.items().map((item) => item.receipt?.event)).toEqual(['grant'])
  })
})
