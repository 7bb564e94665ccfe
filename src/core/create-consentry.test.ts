import { describe, expect, it, vi } from 'vitest'
import { ConsentryConfigError } from '../config/validate'
import { memoryStorage } from '../storage/cookie-storage'
import { createConsentry } from './create-consentry'

describe('createConsentry', () => {
  it('throws one error listing every config problem', () => {
    let caught: unknown
    try {
      createConsentry({ revision: -1, cookie: { nmae: 'x' } } as never, { storage: memoryStorage() })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ConsentryConfigError)
    expect((caught as ConsentryConfigError).errors).toEqual([
      'consentry: revision must be a whole number from 0 to 2147483647 (got -1)',
      'consentry: cookie.nmae is not a known key (expected one of name, domain, path, sameSite, secure, expiresDays)',
    ])
  })

  it('hands errors to onConfigErrors instead, and runs with the valid rest', () => {
    const onConfigErrors = vi.fn()
    const consentry = createConsentry({ revision: 'x', policyVersion: 'v9' } as never, { storage: memoryStorage(), onConfigErrors })
    expect(onConfigErrors).toHaveBeenCalledWith(['consentry: revision must be a whole number from 0 to 2147483647 (got "x")'])
    expect(consentry.config).toMatchObject({ revision: 0, policyVersion: 'v9' })
  })
})
