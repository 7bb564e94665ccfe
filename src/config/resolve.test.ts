import { describe, expect, it } from 'vitest'
import { resolveConfig } from './resolve'

describe('resolveConfig', () => {
  it('applies the documented defaults', () => {
    const config = resolveConfig({})
    expect(config.categoryIds).toEqual(['necessary', 'functional', 'performance', 'marketing'])
    expect(config.cookie).toEqual({ name: 'consentry', domain: undefined, path: '/', sameSite: 'Lax', secure: undefined, expiresDays: 182 })
    expect(config).toMatchObject({ endpoint: null, policyVersion: '1', revision: 0, refusalDays: 182, gpc: true, language: 'auto', debug: false })
  })

  it('keeps every plain field of the right type and drops one of the wrong type', () => {
    const given = {
      endpoint: '/r', policyVersion: '2', revision: 3, language: 'de', refusalDays: 30, gpc: false, privacyPolicyUrl: '/p', debug: true, baseUrl: '/c/',
      cookie: { name: 'c', domain: 'example.com', path: '/x', sameSite: 'Strict' as const, secure: true, expiresDays: 10 },
    }
    expect(resolveConfig(given)).toMatchObject(given)
    const wrong = resolveConfig(Object.fromEntries(Object.keys(given).map((key) => [key, key === 'cookie' ? Object.fromEntries(Object.keys(given.cookie).map((k) => [k, []])) : []])))
    expect(wrong).toMatchObject({ endpoint: null, policyVersion: '1', revision: 0, language: 'auto', refusalDays: 182, gpc: true, privacyPolicyUrl: null, debug: false, baseUrl: undefined })
    expect(wrong.cookie).toEqual({ name: 'consentry', domain: undefined, path: '/', sameSite: 'Lax', secure: undefined, expiresDays: 182 })
  })

  it('keeps standard categories first and adds custom ones in config order', () => {
    expect(resolveConfig({ categories: { social: {}, marketing: {}, ads: {} } }).categoryIds).toEqual([
      'necessary', 'functional', 'performance', 'marketing', 'social', 'ads',
    ])
  })

  it.each([null, 42, 'x', [], { categories: 5 }, { categories: { marketing: { services: 'x' } } }, { categories: { marketing: { services: [null, 3, { id: 'a' }] } } }, { cookie: [] }, { revision: '3', gpc: 'no' }])(
    'never throws on garbage such as %j and falls back to defaults',
    (garbage) => {
      const config = resolveConfig(garbage as never)
      expect(config.categoryIds.slice(0, 4)).toEqual(['necessary', 'functional', 'performance', 'marketing'])
      expect(config.categories.marketing.services).toEqual([])
      expect(typeof config.revision).toBe('number')
      expect(typeof config.gpc).toBe('boolean')
    },
  )

  it('drops malformed cookie declarations and block patterns of a service', () => {
    const config = resolveConfig({
      categories: { marketing: { services: [{ id: 'px', name: 'Pixel', cookies: [{ name: '_fbp', duration: '3 months' }, 7 as never], blocks: ['x.com', 1 as never] }] } },
    })
    expect(config.categories.marketing.services[0].cookies).toEqual([{ name: '_fbp', duration: '3 months' }])
    expect(config.categories.marketing.services[0].blocks).toEqual(['x.com'])
  })
})
