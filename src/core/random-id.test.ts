import { describe, expect, it } from 'vitest'
import { randomId } from './random-id'

describe('randomId', () => {
  it('is URL-safe base64 of the given number of random bytes', () => {
    const ids = Array.from({ length: 200 }, () => randomId())
    for (const id of ids) expect(id).toMatch(/^[\w-]{22}$/)
    expect(new Set(ids).size).toBe(ids.length)
    expect(randomId(3)).toMatch(/^[\w-]{4}$/)
  })
})
