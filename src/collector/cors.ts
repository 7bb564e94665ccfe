/**
 * CORS for configured origins only. Receipts are posted as `text/plain` without credentials (a simple
 * request, no preflight), so the allowlist decides whether the browser may read the answer and whether
 * the collector accepts the post at all.
 */
export const corsHeaders = (origin: string | null, allowed: readonly string[]): Record<string, string> =>
  origin && isAllowed(origin, allowed)
    ? {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'POST, GET, OPTIONS',
        'access-control-allow-headers': 'content-type, authorization',
        'access-control-max-age': '86400',
        // The browser's outbox honours Retry-After on 429 and 503.
        'access-control-expose-headers': 'retry-after',
        vary: 'Origin',
      }
    : { vary: 'Origin' }

/** A browser request from an origin outside the allowlist. Requests without `Origin` are not browsers. */
export const isForeignOrigin = (origin: string | null, allowed: readonly string[]): boolean =>
  origin !== null && !isAllowed(origin, allowed)

/** `*` admits every origin (development only: anyone could then fill the log). */
const isAllowed = (origin: string, allowed: readonly string[]): boolean => allowed.includes(origin) || allowed.includes('*')
