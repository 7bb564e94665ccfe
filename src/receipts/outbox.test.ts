import { describe, expect, it } from 'vitest'
import { createOutbox } from './outbox'
import { opaqueWindow, pageStorage } from './test-storage'
import type { OutboxItem } from './types'

const item = (id: string, extra: Partial<OutboxItem> = {}): OutboxItem => ({ id, ...extra })

describe('createOutbox', () => {
  it('keeps items in localStorage across page loads, oldest first, replacing by id', () => {
    const storage = pageStorage()
    const first = createOutbox(() => storage)
    first.put(item('a'))
    first.put(item('b'))
    first.put(item('a', { receipt: { bannerHash: 'f'.repeat(64) } as OutboxItem['receipt'] }))
    const reloaded = createOutbox(() => storage)
    expect(reloaded.items().map((i) => i.id)).toEqual(['a', 'b'])
    expect(reloaded.items()[0].receipt?.bannerHash).toBe('f'.repeat(64))
  })

  it('leaves no key behind once everything is sent', () => {
    const storage = pageStorage()
    const outbox = createOutbox(() => storage)
    outbox.put(item('a'))
    expect(storage.length).toBe(1)
    outbox.remove('a')
    expect(storage.length).toBe(0)
  })

  it('sees what another tab of the same site added (no stale copy)', () => {
    const storage = pageStorage()
    const tabA = createOutbox(() => storage)
    const tabB = createOutbox(() => storage)
    tabA.put(item('from-a'))
    tabB.put(item('from-b'))
    tabA.remove('from-a')
    expect(tabB.items().map((i) => i.id)).toEqual(['from-b'])
  })

  it('falls back to memory where localStorage cannot even be read (opaque origin)', () => {
    const sandboxed = opaqueWindow()
    expect(() => sandboxed.localStorage).toThrow(/opaque/)
    const outbox = createOutbox(() => sandboxed.localStorage)
    outbox.put(item('a'))
    outbox.put(item('b'))
    outbox.remove('a')
    expect(outbox.items().map((i) => i.id)).toEqual(['b'])
  })

  it('keeps every receipt in memory once the quota is exhausted', () => {
    const storage = pageStorage()
    storage.setItem('site-data', 'x'.repeat(4_999_000))
    const outbox = createOutbox(() => storage)
    outbox.put(item('small'))
    expect(() => storage.setItem('probe', 'y'.repeat(10_000))).toThrow()
    outbox.put(item('big', { capture: { now: 1, change: { shown: 'y'.repeat(10_000) } } as OutboxItem['capture'] }))
    outbox.put(item('after'))
    expect(outbox.items().map((i) => i.id)).toEqual(['small', 'big', 'after'])
  })

  it('ignores a corrupt value and overwrites it with the next receipt', () => {
    const storage = pageStorage()
    storage.setItem('consentry-outbox', '{not json')
    const outbox = createOutbox(() => storage)
    expect(outbox.items()).toEqual([])
    outbox.put(item('a'))
    expect(JSON.parse(storage.getItem('consentry-outbox')!)).toEqual([{ id: 'a' }])
  })

  it('drops the oldest unsent receipt past 100, and says so', () => {
    const reports: string[] = []
    const storage = pageStorage()
    const outbox = createOutbox(() => storage, (message) => reports.push(message))
    for (let i = 0; i < 101; i++) outbox.put(item(`r${i}`))
    expect(outbox.items()).toHaveLength(100)
    expect(outbox.items()[0].id).toBe('r1')
    expect(reports).toEqual(['consentry: receipt outbox full, dropped r0'])
  })
})
