import { describe, expect, it } from 'vitest'
import { patternLabel } from './cookie-table'

describe('patternLabel', () => {
  it('shows a prefix pattern as a wildcard and an anchored one as its literal name', () => {
    expect(patternLabel('^_ga_')).toBe('_ga_*')
    expect(patternLabel('tv_')).toBe('tv_*')
    expect(patternLabel('^_hjSession$')).toBe('_hjSession')
  })
})
