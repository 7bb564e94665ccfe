import { type BackoffOptions, backoffDelay } from './backoff'
import { sha256Hex } from './hash'
import type { Outbox } from './outbox'
import { type Delivery, postReceipt } from './post'
import { bannerBasis, receiptOf } from './receipt'
import { sha256HexSync } from './sha256'
import type { OutboxItem } from './types'

export interface SenderOptions {
  /** The collector's `POST /v1/receipts` URL. */
  endpoint: string
  outbox: Outbox
  fetch?: typeof fetch
  backoff?: BackoffOptions
  report?: (message: string) => void
  /** Where `online` and `pagehide` fire (default `window`). */
  window?: EventTarget
  /** Where `visibilitychange` fires and `visibilityState` is read (default `document`). */
  document?: EventTarget & { visibilityState?: string }
}

export interface Sender {
  /** Sends every receipt in the outbox, one after the other; resolves when this pass is over. */
  flush(): Promise<void>
  /** Stops timers and listeners; unsent receipts stay in the outbox for the next page. */
  dispose(): void
}

/**
 * Empties the outbox into the collector. A pass stops at the first failure and retries after an
 * exponential backoff with jitter; the failed receipt moves to the back, so one the collector keeps
 * failing on cannot hold up the others. The `online` event retries at once. When the page is hidden or
 * left, every receipt is posted at once with `keepalive` (hashing synchronously, so the requests start
 * before the page goes); an answer that never arrives leaves the receipt in the outbox, and the
 * collector's dedupe by receipt ID makes the resend on the next page harmless.
 */
export const startSender = (options: SenderOptions): Sender => {
  const { endpoint, outbox, report = console.error } = options
  const win = options.window ?? (typeof window == 'object' ? window : undefined)
  const doc = options.document ?? (typeof document == 'object' ? document : undefined)
  const inFlight = new Set<string>()
  let failures = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let queue = Promise.resolve()
  let disposed = false

  const isQueued = (id: string) => outbox.items().some((item) => item.id == id)

  const deliver = async (item: OutboxItem, synchronous = false): Promise<Delivery> => {
    const { id } = item
    // Another tab (or this one's pagehide send) may have delivered it since the outbox was read.
    if (!isQueued(id)) return { outcome: 'stored' }
    inFlight.add(id)
    try {
      const { capture } = item
      let receipt = item.receipt ?? null
      if (!receipt && capture) {
        // No await on the synchronous path: on pagehide the request must start before the handler returns.
        const basis = bannerBasis(capture)
        receipt = receiptOf(id, capture, synchronous ? sha256HexSync(basis) : await sha256Hex(basis))
      }
      if (!receipt || !isQueued(id)) {
        outbox.remove(id)
        return { outcome: 'stored' }
      }
      if (!item.receipt) outbox.put({ id, receipt })
      const delivery = await postReceipt(endpoint, receipt, options.fetch)
      if (delivery.outcome == 'retry') {
        if (isQueued(id)) {
          outbox.remove(id)
          outbox.put({ id, receipt })
        }
        return delivery
      }
      outbox.remove(id)
      if (delivery.outcome == 'refused') {
        report(`consentry: the collector refused receipt ${id} (${delivery.reason}); it was dropped, because sending it again cannot succeed`)
      }
      return delivery
    } finally {
      inFlight.delete(id)
    }
  }

  const retryLater = (delivery: Delivery) => {
    if (delivery.outcome != 'retry' || disposed) return
    failures++
    clearTimeout(timer)
    timer = setTimeout(flush, delivery.retryAfter ?? backoffDelay(failures, options.backoff))
  }

  const pass = async () => {
    clearTimeout(timer)
    timer = undefined
    for (const item of outbox.items()) {
      if (disposed) return
      if (inFlight.has(item.id)) continue
      const delivery = await deliver(item)
      if (delivery.outcome == 'retry') return retryLater(delivery)
    }
    failures = 0
  }

  const flush = (): Promise<void> =>
    (queue = queue.then(pass).catch((error) => report(`consentry: sending receipts failed (${error}); they stay in the outbox`)))

  const sendAll = () => {
    for (const item of outbox.items()) {
      if (inFlight.has(item.id)) continue
      deliver(item, true).then((delivery) => timer === undefined && retryLater(delivery), () => {})
    }
  }
  const onOnline = () => {
    failures = 0
    flush()
  }
  const onVisibility = () => doc?.visibilityState == 'hidden' && sendAll()
  win?.addEventListener('online', onOnline)
  win?.addEventListener('pagehide', sendAll)
  doc?.addEventListener('visibilitychange', onVisibility)
  flush()
  return {
    flush,
    dispose: () => {
      disposed = true
      clearTimeout(timer)
      win?.removeEventListener('online', onOnline)
      win?.removeEventListener('pagehide', sendAll)
      doc?.removeEventListener('visibilitychange', onVisibility)
    },
  }
}
