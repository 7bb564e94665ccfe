import { describe, expect, it, vi } from 'vitest'
import { decodeRecord, encodeRecord } from '../storage/codec'
import { type ConsentStorage, memoryStorage } from '../storage/cookie-storage'
import { createEngine } from './engine'
import type { ConsentChange } from './types'

const NOW = 1_800_000_000_000
const config = {
  revision: 1,
  policyVersion: 'p1',
  categories: {
    performance: { services: [{ id: 'ga', name: 'GA' }, { id: 'hotjar', name: 'Hotjar' }] },
    marketing: { services: [{ id: 'pixel', name: 'Pixel' }] },
  },
}

const setup = (options: { storage?: ConsentStorage; gpc?: boolean; cfg?: object } = {}) => {
  const storage = options.storage ?? memoryStorage()
  const engine = createEngine({ ...config, ...options.cfg }, { storage, now: () => NOW, gpc: () => options.gpc ?? false })
  const changes: ConsentChange[] = []
  engine.on('change', (change) => changes.push(change))
  return { engine, storage, changes }
}

describe('engine', () => {
  it('starts undecided and stores nothing', () => {
    const write = vi.fn()
    const { engine } = setup({ storage: { read: () => undefined, write, remove: vi.fn() } })
    expect(engine.get()).toMatchObject({ decided: false, consentId: null, prompt: 'first' })
    expect(engine.has('performance')).toBe(false)
    expect(engine.has('necessary')).toBe(true)
    expect(write).not.toHaveBeenCalled()
  })

  it('acceptAll grants every category and service, stores a record and emits one grant', () => {
    const { engine, storage, changes } = setup()
    engine.acceptAll()
    expect(engine.get().choices).toEqual({ necessary: true, functional: true, performance: true, marketing: true })
    expect(engine.get().services).toEqual({ ga: true, hotjar: true, pixel: true })
    expect(engine.get().consentId).toMatch(/^[A-Za-z0-9_-]{22}$/)
    const stored = decodeRecord(storage.read())
    expect(stored).toMatchObject({ revision: 1, policyVersion: 'p1', updatedAt: NOW / 1000, categories: ['functional', 'performance', 'marketing'] })
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({ event: 'grant', surface: 'api', action: 'accept-all', granted: ['functional', 'performance', 'marketing'], withdrawn: [] })
  })

  it('rejectAll stores a refusal and emits one refuse', () => {
    const { engine, storage, changes } = setup()
    engine.rejectAll({ surface: 'banner' })
    expect(engine.get()).toMatchObject({ decided: true, choices: { performance: false, marketing: false } })
    expect(decodeRecord(storage.read())?.categories).toEqual([])
    expect(changes.map((c) => [c.event, c.surface, c.action])).toEqual([['refuse', 'banner', 'reject-all']])
  })

  it('fires once per change and not at all when nothing changes', () => {
    const { engine, changes } = setup()
    engine.set({ performance: true })
    engine.set({ performance: true })
    engine.set({ marketing: true })
    engine.set({ performance: false })
    expect(changes.map((c) => c.event)).toEqual(['grant', 'update', 'withdraw'])
    expect(changes[2]).toMatchObject({ withdrawn: ['performance'], withdrawnServices: ['ga', 'hotjar'] })
  })

  it('keeps one consent id across changes and a new one after reset', () => {
    const { engine, changes } = setup()
    engine.acceptAll()
    const id = engine.get().consentId
    engine.set({ marketing: false })
    expect(engine.get().consentId).toBe(id)
    engine.reset()
    expect(engine.get()).toMatchObject({ decided: false, consentId: null })
    expect(changes.at(-1)).toMatchObject({ event: 'withdraw', action: 'reset' })
    expect(changes.at(-1)?.before.consentId).toBe(id)
    engine.acceptAll()
    expect(engine.get().consentId).not.toBe(id)
  })

  it('lets visitors choose services, and a chosen service allows its category', () => {
    const { engine, changes } = setup()
    engine.set({}, { services: { hotjar: true } })
    expect(engine.get().choices.performance).toBe(true)
    expect(engine.get().services).toEqual({ ga: false, hotjar: true, pixel: false })
    engine.set({ performance: true }, { services: { ga: true, hotjar: false } })
    expect(engine.get().services).toMatchObject({ ga: true, hotjar: false })
    expect(engine.has('ga')).toBe(true)
    expect(changes.at(-1)).toMatchObject({ event: 'withdraw', grantedServices: ['ga'], withdrawnServices: ['hotjar'] })
  })

  it('reports bad set() input and ignores it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { engine } = setup()
    engine.set({ marketng: true, necessary: false, performance: 'yes' as never }, { services: { nope: true } })
    expect(error.mock.calls.map((c) => c[0])).toEqual([
      'consentry: set() got an unknown category "marketng" (expected one of necessary, functional, performance, marketing)',
      'consentry: set() cannot turn off "necessary": strictly necessary cookies are always on',
      'consentry: set() needs true or false for "performance" (got "yes")',
      'consentry: set() got an unknown service "nope"',
    ])
    expect(engine.get().choices).toEqual({ necessary: true, functional: false, performance: false, marketing: false })
    error.mockRestore()
  })

  it('reads a returning visitor’s choice and re-asks after a revision bump, pre-filling the old choice', () => {
    const storage = memoryStorage()
    setup({ storage }).engine.set({ performance: true })
    expect(setup({ storage }).engine.get()).toMatchObject({ decided: true, choices: { performance: true } })
    const bumped = setup({ storage, cfg: { revision: 2 } })
    expect(bumped.engine.get()).toMatchObject({ decided: false, prompt: 'revision', previous: { choices: { performance: true } } })
    const id = decodeRecord(storage.read())?.consentId
    bumped.engine.set({ performance: true })
    expect(bumped.changes.map((c) => c.event)).toEqual(['renew'])
    expect(bumped.engine.get().consentId).toBe(id)
  })

  it('treats a corrupted or unreadable record as undecided', () => {
    expect(setup({ storage: memoryStorage('1.garbage') }).engine.get().decided).toBe(false)
    const throwing: ConsentStorage = { read: () => { throw new Error('denied') }, write: () => { throw new Error('denied') }, remove: () => {} }
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { engine, changes } = setup({ storage: throwing })
    expect(engine.get().decided).toBe(false)
    engine.acceptAll()
    expect(engine.get().decided).toBe(true)
    expect(changes).toHaveLength(1)
    expect(error).toHaveBeenCalledWith('consentry: could not store the choice (Error: denied)')
    error.mockRestore()
  })

  it('keeps going when a listener throws', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { engine, changes } = setup()
    engine.on('change', () => { throw new Error('listener bug') })
    engine.acceptAll()
    expect(engine.get().decided).toBe(true)
    expect(changes).toHaveLength(1)
    error.mockRestore()
  })

  it('unsubscribes and disposes listeners', () => {
    const { engine } = setup()
    const seen = vi.fn()
    const off = engine.on('change', seen)
    off()
    engine.acceptAll()
    expect(seen).not.toHaveBeenCalled()
    const opened = vi.fn()
    engine.on('open', opened)
    engine.open()
    expect(opened).toHaveBeenCalledOnce()
    engine.dispose()
    engine.open()
    expect(opened).toHaveBeenCalledOnce()
  })

  it('exposes the state as a nanostores atom', () => {
    const { engine } = setup()
    const seen: boolean[] = []
    const off = engine.$consent.subscribe((state) => seen.push(state.decided))
    engine.acceptAll()
    off()
    expect(seen).toEqual([false, true])
  })
})

describe('Global Privacy Control', () => {
  it('keeps marketing off on accept all and records that the signal was honoured', () => {
    const { engine, storage, changes } = setup({ gpc: true })
    expect(engine.get().gpc).toBe(true)
    engine.acceptAll()
    expect(engine.get().choices).toMatchObject({ performance: true, marketing: false })
    expect(engine.get().services.pixel).toBe(false)
    expect(decodeRecord(storage.read())?.gpc).toBe(1)
    expect(changes[0].event).toBe('grant')
  })

  it('lets an explicit opt-in win, and remembers it across visits', async () => {
    const storage = memoryStorage()
    const first = setup({ gpc: true, storage })
    first.engine.set({ marketing: true })
    expect(first.engine.has('marketing')).toBe(true)
    expect(decodeRecord(storage.read())?.gpc).toBe(2)
    const again = setup({ gpc: true, storage })
    await Promise.resolve()
    expect(again.engine.has('marketing')).toBe(true)
    expect(again.changes).toEqual([])
  })

  it('withdraws an earlier accept-all of marketing when the signal appears, as a signal event', async () => {
    const storage = memoryStorage()
    setup({ storage }).engine.acceptAll()
    const { engine, changes } = setup({ gpc: true, storage })
    await Promise.resolve()
    expect(engine.has('marketing')).toBe(false)
    expect(engine.has('performance')).toBe(true)
    expect(changes.map((c) => [c.event, c.surface, c.withdrawn])).toEqual([['signal', 'signal', ['marketing']]])
    expect(decodeRecord(storage.read())).toMatchObject({ gpc: 1, services: ['ga', 'hotjar'] })
  })

  it('is ignored when the site turns gpc off', () => {
    const { engine } = setup({ gpc: true, cfg: { gpc: false } })
    engine.acceptAll()
    expect(engine.get()).toMatchObject({ gpc: false, choices: { marketing: true } })
  })
})

describe('cookie lifetime', () => {
  it('keeps consents for expiresDays and refusals for refusalDays', () => {
    const writes: number[] = []
    const storage: ConsentStorage = { read: () => undefined, write: (_v, days) => writes.push(days), remove: () => {} }
    const engine = createEngine({ refusalDays: 30, cookie: { expiresDays: 300 } }, { storage, gpc: () => false })
    engine.acceptAll()
    engine.rejectAll()
    expect(writes).toEqual([300, 30])
  })

  it('writes a record the codec reads back', () => {
    const storage = memoryStorage()
    setup({ storage }).engine.set({ functional: true })
    expect(storage.read()).toBe(encodeRecord(decodeRecord(storage.read())!))
  })
})
