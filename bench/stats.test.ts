import { describe, expect, it } from 'vitest'
import { median } from './stats'

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('ignores runs that never reached the metric, and has none when no run did', () => {
    expect(median([null, 7, Number.NaN, 9, null])).toBe(8)
    expect(median([null, null])).toBeNull()
  })
})
