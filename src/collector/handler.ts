import { readLimited } from './body'
import { createRoutes, type CollectorOptions } from './routes'

/** What the platform knows about the connection, e.g. the peer address for rate limiting. */
export interface RequestInfo {
  ip?: string
}

/** A standard fetch-API handler: runs in Node, Deno, Bun and serverless platforms. */
export type CollectorHandler = (request: Request, info?: RequestInfo) => Promise<Response>

/**
 * The collector as a fetch-API handler (see `createRoutes` for the API). On Node, prefer
 * `createCollectorServer`/`createCollectorListener`, which skip the fetch objects on the hot path.
 *
 * @example
 * const store = await openStore({ databaseUrl: process.env.DATABASE_URL })
 * export default { fetch: createCollectorHandler({ store, origins: ['https://shop.example'] }) }
 */
export const createCollectorHandler = (options: CollectorOptions): CollectorHandler => {
  const routes = createRoutes(options)
  return async (request, info = {}) => {
    const reply = await routes({
      method: request.method,
      pathname: new URL(request.url).pathname,
      header: (name) => request.headers.get(name),
      body: (limit) => readLimited(request, limit),
      ip: info.ip,
    })
    return new Response(reply.body, { status: reply.status, headers: reply.headers })
  }
}
