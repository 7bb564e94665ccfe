import type { ConsentReceipt } from './types'

/**
 * What a collector's answer means for the outbox: `stored` (201 stored, 200 already stored: remove it),
 * `refused` (a 4xx other than 408/429: sending it again cannot succeed), or `retry` (network error,
 * 408, 429, 5xx).
 */
export type Delivery = { outcome: 'stored' } | { outcome: 'refused'; reason: string } | { outcome: 'retry'; retryAfter?: number }

/** How a status code is handled; see `Delivery`. */
export const outcomeOf = (status: number): Delivery['outcome'] =>
  status >= 200 && status < 300 ? 'stored' : status >= 400 && status < 500 && status != 408 && status != 429 ? 'refused' : 'retry'

/**
 * Posts one receipt. `text/plain` keeps it a CORS "simple request" (no preflight), `credentials: 'omit'`
 * sends no cookies, and `keepalive` lets the request finish after the page is gone.
 */
export const postReceipt = async (endpoint: string, receipt: ConsentReceipt, fetcher: typeof fetch = fetch): Promise<Delivery> => {
  let response: Response
  try {
    response = await fetcher(endpoint, {
      method: 'POST',
      body: JSON.stringify(receipt),
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      credentials: 'omit',
      keepalive: true,
    })
  } catch {
    return { outcome: 'retry' }
  }
  const outcome = outcomeOf(response.status)
  if (outcome == 'refused') {
    const body = await response.text().catch(() => '')
    return { outcome, reason: `${response.status}${body ? `: ${body.slice(0, 300)}` : ''}` }
  }
  response.body?.cancel().catch(() => {})
  if (outcome == 'stored') return { outcome }
  const seconds = Number(response.headers.get('retry-after'))
  return seconds > 0 ? { outcome, retryAfter: seconds * 1000 } : { outcome }
}
