import type { Consentry } from '../core/engine'
import { randomId } from '../core/random-id'
import type { Outbox } from './outbox'

/**
 * Records every change in the outbox, then calls `captured` (to send it). This is the only step that
 * must finish before the visitor can leave, so it is plain synchronous storage work; building and hashing
 * the receipt happen later, in the lazy chunk. It waits one microtask so that the Consent Mode update
 * other change listeners push is in `dataLayer`; a microtask still runs before any navigation the click
 * may start.
 */
export const captureReceipts = (consentry: Consentry, outbox: Outbox, captured: () => void): (() => void) =>
  consentry.on('change', (change) =>
    queueMicrotask(() => {
      const { language, policyVersion, revision, categories } = consentry.config
      const { location, document, dataLayer } = globalThis as { location?: Location; document?: Document; dataLayer?: unknown[] }
      outbox.put({
        id: randomId(),
        capture: {
          change,
          now: Date.now(),
          page: location && location.origin + location.pathname,
          lang: language != 'auto' ? language : document?.documentElement.lang,
          gtag: dataLayer?.filter?.((entry) => (entry as unknown[] | undefined)?.[0] == 'consent'),
          config: change.shown == null ? { policyVersion, revision, categories } : undefined,
        },
      })
      captured()
    }),
  )
