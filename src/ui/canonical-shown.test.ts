import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../config/resolve'
import en from '../i18n/texts/en'
import { canonicalShown } from './canonical-shown'

describe('canonicalShown', () => {
  const config = resolveConfig({
    policyVersion: '2026-11',
    revision: 3,
    privacyPolicyUrl: '/privacy',
    categories: { performance: { services: [{ id: 'ga', name: 'GA', cookies: [{ name: '_ga', duration: '13 months' }] }] } },
  })

  it('holds the locale, every text, the policy and each category with its services and cookies', () => {
    const shown = JSON.parse(canonicalShown(en, 'en', config))
    expect(shown).toMatchObject({ locale: 'en', policyVersion: '2026-11', revision: 3, privacyPolicyUrl: '/privacy' })
    expect(shown.texts).toEqual(en)
    expect(shown.categories).toEqual([
      { id: 'necessary', services: [] },
      { id: 'functional', services: [] },
      { id: 'performance', services: [{ id: 'ga', name: 'GA', cookies: [{ name: '_ga', duration: '13 months' }] }] },
      { id: 'marketing', services: [] },
    ])
  })

  it('is the same string for the same content and differs when any shown word or cookie differs', () => {
    const base = canonicalShown(en, 'en', config)
    expect(canonicalShown(JSON.parse(JSON.stringify(en)), 'en', config)).toBe(base)
    expect(canonicalShown({ ...en, banner: { ...en.banner, acceptAll: 'OK' } }, 'en', config)).not.toBe(base)
    expect(canonicalShown(en, 'de', config)).not.toBe(base)
    const longer = resolveConfig({ ...config.raw, categories: { performance: { services: [{ id: 'ga', name: 'GA', cookies: [{ name: '_ga', duration: '2 years' }] }] } } })
    expect(canonicalShown(en, 'en', longer)).not.toBe(base)
  })
})
