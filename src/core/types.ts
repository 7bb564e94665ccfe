/** Why the visitor must be asked: never asked, the policy revision rose, or the choice expired. */
export type Prompt = 'first' | 'revision' | 'expired'

/** Where a choice was made; matches the receipt's `surface`. */
export type Surface = 'banner' | 'preferences' | 'api' | 'signal'

/** What kind of consent event a change is; matches the receipt's `event`. */
export type ConsentEvent = 'grant' | 'refuse' | 'update' | 'withdraw' | 'renew' | 'signal'

/**
 * What the visitor has chosen, as `consentry.get()` returns it.
 *
 * @example
 * ```ts
 * const { decided, choices } = consentry.get()
 * if (decided && choices.performance) loadAnalytics()
 * ```
 */
export interface ConsentState {
  /** `false` until the visitor chooses (and again after `reset()`, a revision bump or expiry). */
  decided: boolean
  /** Per category; `necessary` is always `true`. Undecided means everything else is `false`. */
  choices: Record<string, boolean>
  /** Per declared service. */
  services: Record<string, boolean>
  /** Random, pseudonymous id of this browser's consent record; `null` before the first choice. */
  consentId: string | null
  /** ISO 8601 time of the last choice. */
  updatedAt: string | null
  /** The revision the choice was made under (the config's revision while undecided). */
  revision: number
  policyVersion: string
  /** Global Privacy Control is on and honoured: marketing stays off unless the visitor turns it on. */
  gpc: boolean
  /** Why the visitor must be asked now; `null` once decided. */
  prompt: Prompt | null
  /** The earlier choice when asking again after a revision bump or expiry, to pre-fill the form. */
  previous: { choices: Record<string, boolean>; services: Record<string, boolean> } | null
}

/** How a choice was made: the surface and the control used, carried into receipts. */
export interface ChoiceMeta {
  surface?: Surface
  /** The control used, e.g. `accept-all`, `reject-all`, `save`. */
  action?: string
  /** The language of the texts the visitor saw (set by the UI). */
  locale?: string
  /**
   * The exact texts and category/service configuration the visitor saw, as one canonical string (set by
   * the UI); receipts hash it into `bannerHash`.
   */
  shown?: string
}

/** What `on('change')` listeners and the `consentry:change` DOM event receive. */
export interface ConsentChange {
  state: ConsentState
  /** The state before the change. */
  before: ConsentState
  event: ConsentEvent
  /** Categories and services that went from not allowed to allowed, and back. */
  granted: string[]
  withdrawn: string[]
  grantedServices: string[]
  withdrawnServices: string[]
  surface: Surface
  action: string
  /** From the `ChoiceMeta` of the call that made the change; `null` when not given. */
  locale: string | null
  shown: string | null
}

/** What the consent cookie holds. */
export interface ConsentRecord {
  consentId: string
  revision: number
  policyVersion: string
  /** Unix time in seconds. */
  updatedAt: number
  /** Non-necessary categories allowed. */
  categories: string[]
  /** Services allowed. */
  services: string[]
  /** 0: no GPC; 1: GPC honoured; 2: the visitor turned marketing on despite GPC. */
  gpc: 0 | 1 | 2
}
