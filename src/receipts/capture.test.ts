// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { createEngine } from '../core/engine'
import { memoryStorage } from '../storage/cookie-storage'
import { captureReceipts } from './capture'
import { createOutbox } from './outbox'

const setup = (config: object = {}) => {
  const engine = createEngine({ policyVersion: '2026-11', revision: 1, ...config }, { storage: memoryStorage(), gpc: () => false })
  const outbox = createOutbox()
  let captured = 0
  captureReceipts(engine, outbox, () => captured++)
  return { engine, outbox, captured: () => captured }
}

afterEach(() => {
  localStorage.clear()
  delete (window as { dataLayer?: unknown }).dataLayer
})

describe('captureReceipts', () => {
  it('stores the change in localStorage within the same task, before any navigation can happen', async () => {
    const { engine, outbox, captured } = setup()
    engine.acceptAll({ surface: 'banner', shown: 'texts' })
    expect(outbox.items()).toHaveLength(0)
    await Promise.resolve()
    expect(captured()).toBe(1)
    const [item] = JSON.parse(localStorage.getItem('consentry-outbox')!)
    expect(item.id).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(item.capture.change).toMatchObject({ event: 'grant', surface: 'banner', action: 'accept-all', shown: 'texts' })
    expect(item.capture.config).toBeUndefined()
  })

  it('records the origin and path of the page but never its query string or fragment', async () => {
    history.replaceState(null, '', '/checkout/pay?coupon=SECRET&email=a@b.example#card')
    const { engine, outbox } = setup()
    engine.rejectAll()
    await Promise.resolve()
    const stored = localStorage.getItem('consentry-outbox')!
    expect(outbox.items()[0].capture?.page).toBe(`${location.origin}/checkout/pay`)
    expect(stored).not.toMatch(/SECRET|a@b\.example|card/)
    expect(stored).not.toContain(navigator.userAgent)
  })

  it('takes the locale from <html lang> unless the config forces a language', async () => {
    document.documentElement.lang = 'id'
    const auto = setup()
    auto.engine.rejectAll()
    const forced = setup({ language: 'de' })
    forced.engine.rejectAll()
    await Promise.resolve()
    expect(auto.outbox.items()[0].capture?.lang).toBe('id')
    expect(forced.outbox.items().at(-1)?.capture?.lang).toBe('de')
  })

  it('keeps the configuration for API changes, which showed no text to hash', async () => {
    const { engine, outbox } = setup({ categories: { performance: { services: [{ id: 'google-analytics', name: 'Google Analytics' }] } } })
    engine.set({ performance: true })
    await Promise.resolve()
    expect(outbox.items()[0].capture?.config).toMatchObject({ policyVersion: '2026-11', revision: 1, categories: { performance: { services: [{ id: 'google-analytics' }] } } })
  })

  it('sees the Consent Mode update another change listener pushes after it', async () => {
    const dataLayer: unknown[] = ((window as { dataLayer?: unknown[] }).dataLayer = [])
    const { engine, outbox } = setup()
    engine.on('change', ({ state }) => dataLayer.push(['consent', 'update', { analytics_storage: state.choices.performance ? 'granted' : 'denied' }]))
    engine.set({ performance: true })
    await Promise.resolve()
    expect(outbox.items()[0].capture?.gtag).toEqual([['consent', 'update', { analytics_storage: 'granted' }]])
  })
})
