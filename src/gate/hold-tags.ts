import type { Consentry } from '../core/engine'
import { type Gate, type GateOptions, startGate } from './gate'

/**
 * Holds third-party tags until the visitor allows them (the npm face of the embed's gating). Call it as
 * early as the app allows: tags inserted before it are not held.
 *
 * @example
 * ```ts
 * import { createConsentry, holdTags } from 'consentry'
 * const consentry = createConsentry(config)
 * const gate = holdTags(consentry)
 * gate.leaks() // requests that escaped, e.g. in an e2e test
 * ```
 */
export const holdTags = (consentry: Consentry, options: GateOptions = {}): Gate =>
  startGate(consentry, { placeholders: () => import('./placeholder'), leakWatcher: () => import('./leak-watcher'), ...options })
