import { describe, expect, it } from 'vitest'
import { CONSENT_TYPES, DEFAULT_MAPPING, signalsFor } from './signals'

describe('signalsFor', () => {
  it('denies all but security_storage when only necessary is allowed', () => {
    expect(signalsFor((id) => id === 'necessary', DEFAULT_MAPPING)).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    })
  })

  it('maps each category to its types (standards.md)', () => {
    const only = (category: string) => signalsFor((id) => id === category, DEFAULT_MAPPING)
    const granted = (category: string) => CONSENT_TYPES.filter((type) => only(category)[type] === 'granted')
    expect(granted('functional')).toEqual(['functionality_storage', 'personalization_storage'])
    expect(granted('performance')).toEqual(['analytics_storage'])
    expect(granted('marketing')).toEqual(['ad_storage', 'ad_user_data', 'ad_personalization'])
  })

  it('grants a type when any id mapped to it is allowed, and denies unmapped types', () => {
    const mapping = { 'google-ads': ['ad_storage' as const], marketing: ['ad_storage' as const] }
    expect(signalsFor((id) => id === 'google-ads', mapping).ad_storage).toBe('granted')
    expect(signalsFor(() => true, mapping).analytics_storage).toBe('denied')
  })
})
