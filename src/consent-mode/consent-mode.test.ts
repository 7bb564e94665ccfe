// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ConsentryConfig } from '../config/types'
import { createEngine } from '../core/engine'
import { memoryStorage } from '../storage/cookie-storage'
import { runConsentMode, startConsentMode } from './consent-mode'

type Host = Window & Record<string, unknown>
const host = window as unknown as Host
const plain = (layer: unknown[]) => layer.map((entry) => (typeof entry === 'object' && entry && 'length' in entry ? [...(entry as IArguments)] : entry))
const engine = (config: ConsentryConfig = {}, storage = memoryStorage()) => createEngine(config, { storage, gpc: () => false })
const denied = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted' }

const stops: (() => void)[] = []
afterEach(() => {
  stops.splice(0).forEach((stop) => stop())
  delete host.dataLayer
  delete host.myLayer
  vi.restoreAllMocks()
})

describe('startConsentMode', () => {
  it('does nothing on a page without a dataLayer until the page creates one, then starts with the default', () => {
    const consentry = engine()
    stops.push(startConsentMode(consentry))
    expect(host.dataLayer).toBeUndefined()
    host.dataLayer = host.dataLayer || []
    ;(host.dataLayer as unknown[]).push({ 'gtm.start': 1 })
    expect(plain(host.dataLayer as unknown[])).toEqual([
      ['consent', 'default', { ...denied, wait_for_update: 500 }],
      ['set', 'ads_data_redaction', true],
      { event: 'consentry_consent', consentry: { trigger: 'load', decided: false, choices: { necessary: true, functional: false, performance: false, marketing: false }, services: {}, granted: ['necessary'] } },
      { 'gtm.start': 1 },
    ])
  })

  it('pushes arguments objects, as gtag() does, because gtag.js ignores arrays', () => {
    host.dataLayer = []
    stops.push(startConsentMode(engine()))
    expect(Object.prototype.toString.call((host.dataLayer as unknown[])[0])).toBe('[object Arguments]')
  })

  it('pushes update and event on accept, and update at load for a returning visitor', () => {
    const storage = memoryStorage()
    host.dataLayer = []
    const first = engine({}, storage)
    stops.push(startConsentMode(first))
    first.set({ performance: true })
    const layer = plain(host.dataLayer as unknown[])
    expect(layer.slice(3)).toEqual([
      ['consent', 'update', { ...denied, analytics_storage: 'granted' }],
      { event: 'consentry_consent', consentry: expect.objectContaining({ trigger: 'change', decided: true, granted: ['necessary', 'performance'] }) },
    ])
    stops.splice(0).forEach((stop) => stop())

    host.dataLayer = []
    stops.push(startConsentMode(engine({}, storage)))
    expect(plain(host.dataLayer as unknown[]).map((entry) => (Array.isArray(entry) ? entry.slice(0, 2).join(' ') : (entry as { event: string }).event))).toEqual([
      'consent default',
      'set ads_data_redaction',
      'consent update',
      'consentry_consent',
    ])
  })

  it('moves its default in front of a gtag snippet placed above Consentry, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    host.dataLayer = [['js', new Date()], ['config', 'G-1']]
    stops.push(startConsentMode(engine()))
    const layer = plain(host.dataLayer as unknown[]) as unknown[][]
    expect(layer[0].slice(0, 2)).toEqual(['consent', 'default'])
    expect(layer[2][0]).toBe('js')
    expect(warn.mock.calls[0][0]).toMatch(/sits above Consentry/)
  })

  it('reports an error when a Google tag already processes the dataLayer', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const layer: unknown[] = []
    layer.push = (...items: unknown[]) => Array.prototype.push.apply(layer, items)
    host.dataLayer = layer
    stops.push(startConsentMode(engine()))
    expect(error.mock.calls[0][0]).toMatch(/a Google tag ran before Consentry/)
  })

  it('hands each misplacement to the given reporter, naming the dataLayer (the embed loads the texts lazily)', () => {
    const found: string[] = []
    const report = (kind: string, name: string) => void found.push(`${kind} ${name}`)
    host.dataLayer = [['js', new Date()]]
    stops.push(runConsentMode(engine(), window, report))
    host.myLayer = [['consent', 'default', {}]]
    stops.push(runConsentMode(engine({ consentMode: { dataLayer: 'myLayer' } }), window, report))
    const late: unknown[] = []
    late.push = (...items: unknown[]) => Array.prototype.push.apply(late, items)
    host.dataLayer = late
    stops.push(runConsentMode(engine(), window, report))
    expect(found).toEqual(['above dataLayer', 'duplicate myLayer', 'late dataLayer'])
  })

  it('pushes regional defaults, url_passthrough and a remapped type, into a renamed dataLayer', () => {
    const consentry = engine({
      consentMode: { dataLayer: 'myLayer', waitForUpdate: 0, adsDataRedaction: false, urlPassthrough: true, regions: [{ region: ['US-CA'], granted: ['performance'] }], mapping: { necessary: [] } },
    })
    stops.push(startConsentMode(consentry))
    expect(plain(host.myLayer as unknown[]).slice(0, 3)).toEqual([
      ['consent', 'default', { ...denied, security_storage: 'denied' }],
      ['consent', 'default', { ...denied, security_storage: 'denied', analytics_storage: 'granted', region: ['US-CA'] }],
      ['set', 'url_passthrough', true],
    ])
  })

  it('is off with consentMode: false, even when the page has a dataLayer', () => {
    host.dataLayer = []
    stops.push(startConsentMode(engine({ consentMode: false })))
    expect(host.dataLayer).toEqual([])
  })
})
