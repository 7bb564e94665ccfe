import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { BodyTooLarge } from './body'
import type { CollectorHandler } from './handler'
import { createRoutes, type CollectorOptions, type CollectorRequest } from './routes'

export interface NodeOptions {
  /** Behind a load balancer: rate-limit by the first `X-Forwarded-For` address instead of the peer. */
  trustProxy?: boolean
}

/** Reads a Node request body, giving up as soon as it passes `limit` bytes. */
const readNodeBody = (req: IncomingMessage, limit: number): Promise<string> =>
  new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) return reject(new BodyTooLarge())
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        reject(new BodyTooLarge())
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })

/**
 * The collector as a Node `http` request listener. It speaks to the routes directly rather than through
 * fetch `Request`/`Response` objects, which cost more than the rest of a request put together.
 */
export const createCollectorListener = (options: CollectorOptions & NodeOptions) => {
  const routes = createRoutes(options)
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const forwarded = options.trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : ''
    const request: CollectorRequest = {
      method: req.method ?? 'GET',
      pathname: new URL(req.url ?? '/', 'http://collector').pathname,
      header: (name) => {
        const value = req.headers[name.toLowerCase()]
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
      },
      body: (limit) => readNodeBody(req, limit),
      ip: forwarded || req.socket.remoteAddress,
    }
    try {
      const reply = await routes(request)
      res.writeHead(reply.status, reply.headers)
      res.end(reply.body ?? undefined)
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: 'internal error' }))
    }
  }
}

/**
 * Serves any fetch-API handler (a collector wrapped in middleware, say) from Node's `http`. Slower than
 * `createCollectorListener`: each request goes through fetch `Request`/`Response` objects.
 */
export const toNodeListener =
  (handler: CollectorHandler, { trustProxy = false }: NodeOptions = {}) =>
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

/** A ready Node HTTP server: from collector options (the fast path), or from any fetch-API handler. */
export const createCollectorServer = (source: (CollectorOptions & NodeOptions) | CollectorHandler, options: NodeOptions = {}): Server =>
  createServer(typeof source === 'function' ? toNodeListener(source, options) : createCollectorListener(source))
