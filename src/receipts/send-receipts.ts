import type { Consentry } from '../core/engine'
import { captureReceipts } from './capture'
import { type OutboxStorage, createOutbox } from './outbox'
import { type SenderOptions, startSender } from './sender'

export interface ReceiptOptions extends Partial<Pick<SenderOptions, 'fetch' | 'backoff' | 'report'>> {
  /** The collector's `POST /v1/receipts` URL (default: the engine's `config.endpoint`). */
  endpoint?: string | null
  /** Where unsent receipts wait (default `localStorage`; it falls back to memory when storage throws). */
  storage?: () => OutboxStorage
}

/**
 * Sends a consent receipt to your collector for every change of `consentry`, through a durable outbox
 * that survives reloads and going offline. Without an endpoint it does nothing at all: no storage, no
 * network. Returns a function that stops it (unsent receipts stay in the outbox).
 *
 * @example
 * ```ts
 * import { createConsentry, sendReceipts } from 'consentry'
 * const consentry = createConsentry({ endpoint: 'https://consent.example.com/v1/receipts', policyVersion: '2026-11' })
 * const stop = sendReceipts(consentry)
 * ```
 */
export const sendReceipts = (consentry: Consentry, options: ReceiptOptions = {}): (() => void) => {
  const endpoint = options.endpoint === undefined ? consentry.config.endpoint : options.endpoint
  if (!endpoint) return () => {}
  const outbox = createOutbox(options.storage, options.report)
  const sender = startSender({ ...options, endpoint, outbox })
  const stopCapture = captureReceipts(consentry, outbox, sender.flush)
  return () => {
    stopCapture()
    sender.dispose()
  }
}
