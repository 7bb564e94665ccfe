import { describe, expect, it } from 'vitest'
import { outcomeOf } from './post'

describe('outcomeOf', () => {
  it('removes on 2xx (201 stored, 200 duplicate)', () => {
    for (const status of [200, 201, 202, 204]) expect(outcomeOf(status)).toBe('stored')
  })
  it('gives up on client errors a resend cannot fix', () => {
    for (const status of [400, 401, 403, 404, 405, 413, 415, 422]) expect(outcomeOf(status)).toBe('refused')
  })
  it('retries timeouts, rate limits, server errors and anything unexpected', () => {
    for (const status of [408, 429, 500, 502, 503, 504, 302, 0]) expect(outcomeOf(status)).toBe('retry')
  })
})
