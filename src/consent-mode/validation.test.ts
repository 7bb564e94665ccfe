import { describe, expect, it } from 'vitest'
import { validateConfig } from '../config/validate'

// The `consentMode` rule lives in config/schema.ts with the other keys; its messages are checked here.
describe('validateConfig: consentMode', () => {
  it('accepts true, false and a complete object', () => {
    for (const consentMode of [true, false, { waitForUpdate: 500, regions: [{ region: ['ES', 'US-CA'], granted: ['performance'] }], adsDataRedaction: true, urlPassthrough: false, dataLayer: 'dataLayer', mapping: { 'google-ads': ['ad_storage'] } }]) {
      expect(validateConfig({ consentMode }).errors).toEqual([])
    }
  })

  it('names the key and what was expected', () => {
    expect(validateConfig({ consentMode: 'yes' }).errors).toEqual(['consentry: consentMode must be true, false or an object (got "yes")'])
    expect(validateConfig({ consentMode: { waitForUpdate: -1 } }).errors).toEqual(['consentry: consentMode.waitForUpdate must be a whole number from 0 to 10000 (got -1)'])
    expect(validateConfig({ consentMode: { regions: [{ region: ['Spain'] }] } }).errors).toEqual([
      'consentry: consentMode.regions[0].region[0] must be an ISO 3166-2 code such as "ES" or "US-CA" (got "Spain")',
    ])
    expect(validateConfig({ consentMode: { mapping: { marketing: ['ads_storage'] } } }).errors[0]).toMatch(
      /^consentry: consentMode\.mapping\.marketing\[0\] must be one of "ad_storage", .*"security_storage" \(got "ads_storage"\)$/,
    )
    expect(validateConfig({ consentMode: { waitForUpdte: 500 } }).errors[0]).toMatch(/consentMode\.waitForUpdte is not a known key \(expected one of waitForUpdate,/)
  })

  it('drops only the wrong parts', () => {
    const { config } = validateConfig({ consentMode: { waitForUpdate: 'soon', urlPassthrough: true } })
    expect(config.consentMode).toEqual({ urlPassthrough: true })
  })
})
