import type { ConsentChange, ConsentEvent, Surface } from '../core/types'

/**
 * One consent event as the collector receives it: `schema/consent-receipt.schema.json` (v1).
 *
 * @example
 * ```ts
 * const receipt: ConsentReceipt = {
 *   v: 1, receiptId: 'Qm9vdHN0cmFwcGVkSWQx', consentId: 'c2VlZC1jb25zZW50LWlk', ts: '2026-11-26T19:00:00.000Z',
 *   event: 'grant', choices: { necessary: true, functional: true, performance: true, marketing: false },
 *   previous: null, policyVersion: '2026-11', revision: 1, locale: 'en', surface: 'banner', action: 'save',
 *   bannerHash: '…64 hex…', signals: { gpc: true }, page: 'https://shop.example/', sdk: 'consentry@0.1.0',
 * }
 * ```
 */
export interface ConsentReceipt {
  v: 1
  /** Random per receipt: the collector stores a receipt ID once, so retries are safe. */
  receiptId: string
  /** The visitor's pseudonymous consent ID (shown to them in the preference center). */
  consentId: string
  /** Client time of the event, ISO 8601 UTC. */
  ts: string
  event: ConsentEvent
  /** Per category after the event; `necessary` is always `true`. */
  choices: Record<string, boolean>
  /** Per service, when the site declares services. */
  services?: Record<string, boolean>
  /** Category choices before the event; `null` on a first choice. */
  previous: Record<string, boolean> | null
  policyVersion: string
  revision: number
  locale: string
  surface: Surface
  action?: string
  /** SHA-256 (hex) of the exact texts and configuration shown, or of the configuration for API changes. */
  bannerHash: string
  signals?: { gpc?: boolean; consentMode?: Record<string, 'granted' | 'denied'> }
  /** Origin and path of the page, never its query string or fragment. */
  page?: string
  /** `consentry@<version>`. */
  sdk: string
}

/** The category/service configuration whose canonical JSON is hashed when no UI text was shown. */
export interface BannerConfig {
  policyVersion: string
  revision: number
  categories: Record<string, unknown>
}

/** What the embed records at the moment of a change; the lazy chunk turns it into a receipt. */
export interface Capture {
  /** The change as the engine emitted it (plain JSON). */
  change: Pick<ConsentChange, 'state' | 'before' | 'event' | 'surface' | 'action' | 'locale' | 'shown'>
  /** Time of the event in milliseconds. */
  now: number
  /** Origin and path of the page. */
  page?: string
  /** The configured language, else the page's `<html lang>`: the locale when the change carries none. */
  lang?: string
  /** The page's Consent Mode commands so far (`dataLayer` entries starting with `'consent'`). */
  gtag?: unknown[]
  /** What bannerHash covers when no UI text was shown (changes made through the API). */
  config?: BannerConfig
}

/** One unsent receipt: captured, then built (hashed) by the chunk. */
export interface OutboxItem {
  /** The receipt ID: random per event, the collector's idempotency key. */
  id: string
  capture?: Capture
  receipt?: ConsentReceipt
}
