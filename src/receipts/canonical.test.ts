import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonical'

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}')
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
  })

  it('drops undefined properties like JSON does, and writes undefined array items as null', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}')
    expect(canonicalJson(undefined)).toBe('null')
  })

  it('gives the same string as JSON for what JSON keeps, so a stored copy hashes the same', () => {
    const value = { s: 'Kopi “Senja” 🍪\n', n: 1.5, t: true, f: null, gone: undefined, list: [undefined, 'x'] }
    expect(canonicalJson(value)).toBe(canonicalJson(JSON.parse(JSON.stringify(value))))
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)))
  })

  it('puts index-like keys first in numeric order, whatever order they came in', () => {
    expect(canonicalJson({ b: 1, 10: 'x', a: 2, 2: 'y' })).toBe('{"2":"y","10":"x","a":2,"b":1}')
    expect(canonicalJson({ 2: 'y', a: 2, 10: 'x', b: 1 })).toBe('{"2":"y","10":"x","a":2,"b":1}')
  })
})
