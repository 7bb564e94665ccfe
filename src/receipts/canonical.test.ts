import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonical'

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}')
  })

  it('gives the same string as JSON for what JSON keeps, so a stored copy hashes the same', () => {
    const value = { s: 'Kopi “Senja” 🍪\n', n: 1.5, t: true, f: null, gone: undefined, list: [undefined, 'x'] }
    expect(canonicalJson(value)).toBe(canonicalJson(JSON.parse(JSON.stringify(value))))
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)))
  })
})
