import { describe, expect, it } from 'vitest'
import { parseDuration } from './duration'

describe('parseDuration', () => {
  it.each([
    ['session', { amount: null, unit: null }],
    ['13 months', { amount: 13, unit: 'month' }],
    ['1 day', { amount: 1, unit: 'day' }],
    ['2 years', { amount: 2, unit: 'year' }],
  ])('reads %s', (text, expected) => expect(parseDuration(text)).toEqual(expected))

  it.each(['13', 'thirteen months', '13months', '-1 day', '1 fortnight', ''])('refuses %j', (text) => expect(parseDuration(text)).toBeNull())
})
