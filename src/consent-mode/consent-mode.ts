import type { Consentry } from '../core/engine'
import type { ConsentState } from '../core/types'
import { type ConsentModeOptions, consentModeOptions } from './options'
import { reportMisplacement } from './placement'
import { signalsFor } from './signals'

/** What `gtag(…)` pushes: gtag.js only reads `arguments` objects from the dataLayer, never arrays. */
function command(..._: unknown[]): IArguments {
  return arguments
}

type Entry = unknown
/** Only an `arguments` object or array has a `'consent'` at index 0 (a string's is one character). */
const isConsentDefault = (entry: Entry) => {
  const e = entry as ArrayLike<unknown> | null | undefined
  return e?.[0] === 'consent' && e[1] === 'default'
}

/** The commands that open the dataLayer: the defaults (global, then per region) and the page settings. */
const defaultCommands = (options: ConsentModeOptions): IArguments[] => [
  command('consent', 'default', {
    ...signalsFor((id) => id === 'necessary', options.mapping),
    ...(options.waitForUpdate > 0 && { wait_for_update: options.waitForUpdate }),
  }),
  ...options.regions.map(({ region, granted }) =>
    command('consent', 'default', { ...signalsFor((id) => id === 'necessary' || granted.includes(id), options.mapping), region }),
  ),
  ...(options.adsDataRedaction ? [command('set', 'ads_data_redaction', true)] : []),
  ...(options.urlPassthrough ? [command('set', 'url_passthrough', true)] : []),
]

const updateCommand = (consentry: Consentry, options: ConsentModeOptions): IArguments =>
  command('consent', 'update', signalsFor((id) => consentry.has(id), options.mapping))

/** The GTM event: trigger tags on `consentry_consent` and read `consentry.choices.<category>`. */
const consentEvent = (state: ConsentState, trigger: 'load' | 'change') => ({
  event: 'consentry_consent',
  consentry: {
    trigger,
    decided: state.decided,
    choices: { ...state.choices },
    services: { ...state.services },
    granted: Object.keys(state.choices).filter((id) => state.choices[id]),
  },
})

type Layer = Entry[]

/**
 * Google Consent Mode v2: `consent default` as the very first consent command, `consent update` for a
 * returning visitor at load and on every change, and a `consentry_consent` event at load and on every
 * change. With no `consentMode` key it waits for the page to create its `dataLayer` (the usual snippet
 * placed right after Consentry) and starts then; `false` turns it off. Returns a function that stops it.
 */
export const startConsentMode = (consentry: Consentry, win: Window = window): (() => void) => runConsentMode(consentry, win, reportMisplacement)

/** `startConsentMode` with the misplacement report given: the embed loads its texts only when needed. */
export const runConsentMode = (consentry: Consentry, win: Window, misplaced: typeof reportMisplacement): (() => void) => {
  const options = consentModeOptions(consentry.config.raw.consentMode)
  if (!options) return () => {}
  const name = options.dataLayer
  const host = win as unknown as Record<string, unknown>
  let layer: Layer | null = null

  const start = (target: Layer) => {
    layer = target
    const first = [...defaultCommands(options), ...(consentry.get().decided ? [updateCommand(consentry, options)] : [])]
    const event = consentEvent(consentry.get(), 'load')
    if (target.push !== Array.prototype.push) {
      // A Google tag already runs and has processed the queue: our default comes too late.
      misplaced('late', name)
      target.push(...first, event)
      return
    }
    if (target.length) misplaced(target.some(isConsentDefault) ? 'duplicate' : 'above', name)
    target.unshift(...first)
    target.push(event)
  }

  if (Array.isArray(host[name])) start(host[name] as Layer)
  else if (options.mode === 'on') start((host[name] = []) as Layer)
  else {
    // Auto: start the moment the page's snippet runs `window.dataLayer = window.dataLayer || []`.
    Object.defineProperty(win, name, {
      configurable: true,
      enumerable: true,
      get: () => undefined,
      set(value: unknown) {
        // Back to a plain property: deleting the trap and assigning makes it writable, enumerable, configurable.
        delete host[name]
        host[name] = value
        if (Array.isArray(value)) start(value)
      },
    })
  }

  const off = consentry.on('change', ({ state }) => {
    if (!layer) return
    layer.push(updateCommand(consentry, options), consentEvent(state, 'change'))
  })
  return () => {
    off()
    const trap = Object.getOwnPropertyDescriptor(win, name)
    if (trap?.set) delete host[name]
  }
}
