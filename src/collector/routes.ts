import { timingSafeEqual } from 'node:crypto'
import { BodyTooLarge } from './body'
import { latestCheckpoint } from './checkpoint'
import { corsHeaders, isForeignOrigin } from './cors'
import { createRateLimiter, type RateLimitOptions } from './rate-limit'
import { receiptsOf } from './records'
import type { Store } from './store'
import { validateReceipt } from './validate-receipt'

export interface CollectorOptions {
  store: Store
  /** Origins allowed to post receipts from a browser, e.g. `https://shop.example`; `*` for any. */
  origins?: readonly string[]
  /** Bearer token for `GET /v1/consents/:consentId`; without one that endpoint is disabled. */
  adminToken?: string
  /** Per-network rate limit; `false` turns it off (load tests behind a trusted proxy). */
  rateLimit?: RateLimitOptions | false
  /** Largest accepted body in bytes; default 16 KiB. */
  maxBodyBytes?: number
}

/** A request as the routes see it, whatever the platform: fetch `Request` or Node `IncomingMessage`. */
export interface CollectorRequest {
  method: string
  pathname: string
  header(name: string): string | null
  /** The body as text; throws `BodyTooLarge` past `limit` bytes. */
  body(limit: number): Promise<string>
  /** The peer address, for rate limiting. */
  ip?: string
}

export interface CollectorReply {
  status: number
  headers: Record<string, string>
  body: string | null
}

const CONSENT_PATH = /^\/v1\/consents\/([A-Za-z0-9_-]{16,64})$/
const TEXT_TYPES = /^(text\/plain|application\/json)\s*(;|$)/i

/**
 * The collector's HTTP API, independent of the platform. `POST /v1/receipts` answers 201 (stored),
 * 200 (duplicate receiptId), 400 (invalid, with the reason), 403 (origin not allowed), 413 (over the body
 * limit), 415 (other content types), 429 (rate-limited), 503 (storage failed: the browser keeps the receipt
 * in its outbox and retries). No cookies are read or set.
 */
export const createRoutes = ({ store, origins = [], adminToken, rateLimit = {}, maxBodyBytes = 16 * 1024 }: CollectorOptions) => {
  const limiter = rateLimit === false ? null : createRateLimiter(rateLimit)

  return async (request: CollectorRequest): Promise<CollectorReply> => {
    const origin = request.header('origin')
    const cors = corsHeaders(origin, origins)
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}): CollectorReply => ({
      status,
      headers: { ...cors, 'cache-control': 'no-store', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? null : JSON.stringify(body),
    })
    const { method, pathname } = request

    if (method === 'OPTIONS') return reply(isForeignOrigin(origin, origins) ? 403 : 204)

    if (pathname === '/healthz' && method === 'GET') {
      try {
        await store.sql.query('select 1')
        return reply(200, { ok: true })
      } catch {
        return reply(503, { ok: false, error: 'storage unavailable' })
      }
    }

    if (pathname === '/v1/receipts') {
      if (method !== 'POST') return reply(405, { error: 'use POST' }, { allow: 'POST, OPTIONS' })
      if (isForeignOrigin(origin, origins)) return reply(403, { error: `origin ${origin} is not allowed to post receipts` })
      if (limiter && request.ip && !limiter.allow(request.ip)) return reply(429, { error: 'too many receipts; retry later' }, { 'retry-after': '60' })
      if (!TEXT_TYPES.test(request.header('content-type') ?? '')) return reply(415, { error: 'content-type must be text/plain or application/json' })
      let text: string
      try {
        text = await request.body(maxBodyBytes)
      } catch (error) {
        if (error instanceof BodyTooLarge) return reply(413, { error: `body must be at most ${maxBodyBytes} bytes` })
        throw error
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        return reply(400, { error: 'body must be a JSON consent receipt' })
      }
      const validation = validateReceipt(parsed)
      if (!validation.ok) return reply(400, { error: validation.error })
      try {
        const { stored, seq } = await store.writer.append(validation.receipt, origin ?? '')
        return reply(stored ? 201 : 200, { receiptId: validation.receipt.receiptId, seq, duplicate: !stored })
      } catch {
        return reply(503, { error: 'storage unavailable; retry later' }, { 'retry-after': '5' })
      }
    }

    if (pathname === '/v1/checkpoint' && method === 'GET') {
      // Public on purpose: anyone may keep copies of signed checkpoints to hold the operator to them.
      const latest = await latestCheckpoint(store.sql)
      return latest ? reply(200, latest) : reply(404, { error: 'no checkpoint signed yet' })
    }

    const consent = CONSENT_PATH.exec(pathname)
    if (consent && method === 'GET') {
      if (!adminToken) return reply(404, { error: 'the consent lookup is disabled (no admin token configured)' })
      if (!bearerMatches(request.header('authorization'), adminToken)) {
        return reply(401, { error: 'admin bearer token required' }, { 'www-authenticate': 'Bearer' })
      }
      const receipts = await receiptsOf(store.sql, consent[1])
      return receipts.length ? reply(200, { consentId: consent[1], receipts }) : reply(404, { error: `no receipts for consent ID ${consent[1]}` })
    }

    return reply(404, { error: 'not found' })
  }
}

export type Routes = ReturnType<typeof createRoutes>

/** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
const bearerMatches = (header: string | null, token: string): boolean => {
  const given = Buffer.from(/^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '')
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
