import { atom, type ReadableAtom } from 'nanostores'
import { resolveConfig } from '../config/resolve'
import type { ConsentryConfig, ResolvedConfig } from '../config/types'
import { readGpc } from '../signals/gpc'
import { decodeRecord, encodeRecord } from '../storage/codec'
import { type ConsentStorage, cookieStorage } from '../storage/cookie-storage'
import { type Assessment, assess, categoryOfService, choicesOf, classify, diff, stateOf } from './decide'
import { randomId } from './random-id'
import type { ChoiceMeta, ConsentChange, ConsentRecord, ConsentState } from './types'

export interface EngineOptions {
  /** Where the record lives (default: the first-party cookie from `config.cookie`). */
  storage?: ConsentStorage
  /** Clock in milliseconds (default `Date.now`). */
  now?: () => number
  /** Reads the Global Privacy Control signal (default `navigator.globalPrivacyControl === true`). */
  gpc?: () => boolean
}

export interface SetOptions extends ChoiceMeta {
  /** Per-service choices; allowing a service allows its category. */
  services?: Record<string, boolean>
}

type Listener<T> = (value: T) => void

/**
 * One consent engine: `window.consentry` in the embed, `createConsentry()` in apps.
 *
 * @example
 * ```ts
 * const consentry = createConsentry({ policyVersion: '2024-05', revision: 1 })
 * consentry.on('change', ({ state }) => state.choices.performance && loadAnalytics())
 * consentry.set({ performance: true })
 * ```
 */
export interface Consentry {
  readonly config: ResolvedConfig
  /** The state as a nanostores atom, for `useStore($consent)` in React, Vue, Svelte… */
  readonly $consent: ReadableAtom<ConsentState>
  get(): ConsentState
  /** Is this category (or service) allowed? */
  has(id: string): boolean
  acceptAll(meta?: ChoiceMeta): void
  rejectAll(meta?: ChoiceMeta): void
  /** Changes some categories, e.g. `set({ performance: true })`; the others keep their value. */
  set(choices: Record<string, boolean>, options?: SetOptions): void
  /** Forgets the choice: the visitor is asked again. */
  reset(): void
  /** Asks the UI to open the preference center. */
  open(): void
  on(event: 'change', listener: Listener<ConsentChange>): () => void
  on(event: 'open', listener: Listener<void>): () => void
  /** Removes every listener. */
  dispose(): void
}

/**
 * Creates a consent engine from a config that may not have been validated (the embed validates lazily).
 * Nothing is written until the visitor (or your code) decides.
 */
export const createEngine = (input: ConsentryConfig, options: EngineOptions = {}): Consentry => {
  const config = resolveConfig(input)
  const storage = options.storage ?? cookieStorage(config.cookie)
  const seconds = () => Math.floor((options.now ?? Date.now)() / 1000)
  const gpc = config.gpc && (options.gpc ?? readGpc)()
  const nonNecessary = config.categoryIds.filter((id) => id !== 'necessary')
  const servicesOf = (categories: string[]) =>
    categories.flatMap((id) => config.categories[id].services.map((service) => service.id))
  const report = (message: string) => console.error(`consentry: ${message}`)

  const readRecord = (): ConsentRecord | null => {
    try {
      return decodeRecord(storage.read())
    } catch {
      return null
    }
  }

  let assessment: Assessment = assess(readRecord(), config, seconds())
  const $consent = atom<ConsentState>(stateOf(assessment, config, gpc))
  const listeners = { change: new Set<Listener<ConsentChange>>(), open: new Set<Listener<void>>() }

  const emit = (change: ConsentChange) => {
    for (const listener of [...listeners.change]) {
      try {
        listener(change)
      } catch (error) {
        console.error(error)
      }
    }
    if (typeof document !== 'undefined') document.dispatchEvent(new CustomEvent('consentry:change', { detail: change }))
  }

  const apply = (next: Assessment, meta: ChoiceMeta, fromSignal = false) => {
    const before = $consent.get()
    const state = stateOf(next, config, gpc)
    const categories = diff(before.choices, state.choices)
    const services = diff(before.services, state.services)
    const changed = before.decided !== state.decided || categories.granted.length + categories.withdrawn.length + services.granted.length + services.withdrawn.length > 0
    assessment = next
    $consent.set(state)
    if (!changed) return
    emit({
      state,
      before,
      event: state.decided ? classify(before, state, fromSignal) : 'withdraw',
      granted: categories.granted,
      withdrawn: categories.withdrawn,
      grantedServices: services.granted,
      withdrawnServices: services.withdrawn,
      surface: meta.surface ?? 'api',
      action: meta.action ?? (fromSignal ? 'gpc' : 'set'),
      locale: meta.locale ?? null,
      shown: meta.shown ?? null,
    })
  }

  const commit = (categories: string[], services: string[], gpcFlag: ConsentRecord['gpc'], meta: ChoiceMeta, fromSignal = false) => {
    const record: ConsentRecord = {
      consentId: (assessment.current ?? assessment.lapsed)?.consentId ?? randomId(),
      revision: config.revision,
      policyVersion: config.policyVersion,
      updatedAt: seconds(),
      categories,
      services,
      gpc: gpcFlag,
    }
    try {
      storage.write(encodeRecord(record), categories.length ? config.cookie.expiresDays : config.refusalDays)
    } catch (error) {
      report(`could not store the choice (${String(error)})`)
    }
    apply({ current: record, prompt: null, lapsed: null }, meta, fromSignal)
  }

  const set = (choices: Record<string, boolean>, options: SetOptions = {}) => {
    const current = $consent.get()
    const next = { ...current.choices }
    const nextServices = { ...current.services }
    for (const [id, value] of Object.entries(choices ?? {})) {
      if (typeof value !== 'boolean') report(`set() needs true or false for "${id}" (got ${JSON.stringify(value)})`)
      else if (!(id in next)) report(`set() got an unknown category "${id}" (expected one of ${config.categoryIds.join(', ')})`)
      else if (id === 'necessary' && !value) report('set() cannot turn off "necessary": strictly necessary cookies are always on')
      else if (id !== 'necessary') {
        next[id] = value
        for (const s of config.categories[id].services) nextServices[s.id] = value
      }
    }
    for (const [id, value] of Object.entries(options.services ?? {})) {
      const category = categoryOfService(config, id)
      if (typeof value !== 'boolean') report(`set() needs true or false for service "${id}" (got ${JSON.stringify(value)})`)
      else if (!category) report(`set() got an unknown service "${id}"`)
      else if (category !== 'necessary') {
        nextServices[id] = value
        if (value) next[category] = true
      }
    }
    const granted = nonNecessary.filter((id) => next[id])
    const grantedServices = servicesOf(granted).filter((id) => nextServices[id])
    const explicitMarketing = choices?.marketing === true || assessment.current?.gpc === 2
    commit(granted, grantedServices, !gpc ? 0 : next.marketing && explicitMarketing ? 2 : 1, { ...options, action: options.action ?? 'set' })
  }

  const instance: Consentry = {
    config,
    $consent,
    get: () => $consent.get(),
    has: (id) => {
      const { choices, services } = $consent.get()
      return choices[id] ?? services[id] ?? false
    },
    acceptAll: (meta = {}) => {
      const granted = nonNecessary.filter((id) => !(gpc && id === 'marketing'))
      commit(granted, servicesOf(granted), gpc ? 1 : 0, { action: 'accept-all', ...meta })
    },
    rejectAll: (meta = {}) => commit([], [], gpc ? 1 : 0, { action: 'reject-all', ...meta }),
    set,
    reset: () => {
      try {
        storage.remove()
      } catch (error) {
        report(`could not remove the choice (${String(error)})`)
      }
      apply({ current: null, prompt: 'first', lapsed: null }, { action: 'reset' })
    },
    open: () => {
      if (!listeners.open.size) report('open() needs the consentry UI (load consentry/ui or the embed)')
      for (const listener of [...listeners.open]) listener()
    },
    on: ((event: 'change' | 'open', listener: Listener<never>) => {
      const set = listeners[event] as Set<Listener<never>>
      set.add(listener)
      return () => set.delete(listener)
    }) as Consentry['on'],
    dispose: () => {
      listeners.change.clear()
      listeners.open.clear()
    },
  }

  // GPC is binding even on an earlier "accept all": withdraw marketing unless the visitor turned it on
  // themselves. Deferred so that listeners attached right after creation (receipts, gating) see it.
  const record = assessment.current
  if (gpc && record && record.gpc !== 2 && record.categories.includes('marketing')) {
    queueMicrotask(() => {
      const granted = record.categories.filter((id) => id !== 'marketing')
      const kept = choicesOf({ categories: granted, services: record.services }, config).services
      commit(granted, record.services.filter((id) => kept[id]), 1, { surface: 'signal', action: 'gpc' }, true)
    })
  }
  return instance
}
