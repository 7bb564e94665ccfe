import type { Consentry } from '../core/engine'
import type { ConsentState } from '../core/types'
import { type ConsentModeOptions, consentModeOptions } from './options'
import { signalsFor } from './signals'

/** What `gtag(…)` pushes: gtag.js only reads `arguments` objects from the dataLayer, never arrays. */
function command(..._: unknown[]): IArguments {
  return arguments
}

type Entry = unknown
const isConsentCommand = (entry: Entry, kind?: string) => {
  const e = entry as ArrayLike<unknown> | null
  return typeof e === 'object' && e !== null && e[0] === 'consent' && (!kind || e[1] === kind)
}

/** The commands that open the dataLayer: the defaults (global, then per region) and the page settings. */
export const defaultCommands = (options: ConsentModeOptions): IArguments[] => [
  command('consent', 'default', {
    ...signalsFor((id) => id === 'necessary', options.mapping),
    ...(options.waitForUpdate ? { wait_for_update: options.waitForUpdate } : {}),
  }),
  ...options.regions.map(({ region, granted }) =>
    command('consent', 'default', { ...signalsFor((id) => id === 'necessary' || granted.includes(id), options.mapping), region }),
  ),
  ...(options.adsDataRedaction ? [command('set', 'ads_data_redaction', true)] : []),
  ...(options.urlPassthrough ? [command('set', 'url_passthrough', true)] : []),
]

export const updateCommand = (consentry: Consentry, options: ConsentModeOptions): IArguments =>
  command('consent', 'update', signalsFor((id) => consentry.has(id), options.mapping))

/** The GTM event: trigger tags on `consentry_consent` and read `consentry.choices.<category>`. */
export const consentEvent = (state: ConsentState, trigger: 'load' | 'change') => ({
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
export const startConsentMode = (consentry: Consentry, win: Window = window): (() => void) => {
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
      console.error(`consentry: a Google tag ran before Consentry, so tags may have fired without consent. Place the Consentry <script> above the Google tag / GTM snippet (docs/consent-mode.md).`)
      target.push(...first, event)
      return
    }
    if (target.length) {
      console.warn(
        target.some((entry) => isConsentCommand(entry, 'default'))
          ? `consentry: ${name} already holds a "consent default" from another script; Consentry's goes first. Remove the other one.`
          : `consentry: the Google tag snippet sits above Consentry; its consent default was moved to the front of ${name}. Place the Consentry <script> first (docs/consent-mode.md).`,
      )
    }
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
        Object.defineProperty(win, name, { value, configurable: true, enumerable: true, writable: true })
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
