import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import type { CollectorHandler } from './handler'

/**
 * Adapts a fetch-API handler to Node's `http` request listener. The peer address goes to the handler for
 * rate limiting; `trustProxy` takes the first `X-Forwarded-For` entry instead (behind a load balancer).
 */
export const toNodeListener =
  (handler: CollectorHandler, { trustProxy = false } = {}) =>
  async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : ''
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
    const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), {
      method: req.method,
      headers: Object.entries(req.headers).flatMap(([name, value]) =>
        value === undefined ? [] : Array.isArray(value) ? value.map((item): [string, string] => [name, item]) : [[name, value] as [string, string]],
      ),
      body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
      duplex: 'half',
    } as RequestInit)
    try {
      const response = await handler(request, { ip: forwarded || req.socket.remoteAddress })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: 'internal error' }))
    }
  }

/** A ready Node HTTP server for the collector. */
export const createCollectorServer = (handler: CollectorHandler, options: { trustProxy?: boolean } = {}): Server =>
  createServer(toNodeListener(handler, options))
