import { describe, expect, it } from 'vitest'
import { backoffDelay } from './backoff'

describe('backoffDelay', () => {
  it('doubles from 2 s, each delay jittered between half and all of its ceiling', () => {
    const low = [1, 2, 3, 4, 5].map((n) => backoffDelay(n, { random: () => 0 }))
    const high = [1, 2, 3, 4, 5].map((n) => backoffDelay(n, { random: () => 0.999999 }))
    expect(low).toEqual([1000, 2000, 4000, 8000, 16000])
    expect(high).toEqual([2000, 4000, 8000, 16000, 32000])
  })

  it('never waits longer than the cap (10 minutes by default)', () => {
    expect(backoffDelay(30, { random: () => 0.999999 })).toBe(600_000)
    expect(backoffDelay(1000, { random: () => 0 })).toBe(300_000)
    expect(backoffDelay(4, { base: 100, cap: 500, random: () => 0.999999 })).toBe(500)
  })

  it('spreads retries of many visitors over the jitter window', () => {
    const delays = new Set(Array.from({ length: 200 }, () => backoffDelay(3)))
    expect(delays.size).toBeGreaterThan(150)
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(4000), expect(delay).toBeLessThanOrEqual(8000)
  })
})
