import { describe, expect, it } from 'vitest'
import { consentModeOptions } from './options'
import { DEFAULT_MAPPING } from './signals'

describe('consentModeOptions', () => {
  it('is off only for false', () => {
    expect(consentModeOptions(false)).toBeNull()
    expect(consentModeOptions(undefined)?.mode).toBe('auto')
    expect(consentModeOptions(true)?.mode).toBe('on')
    expect(consentModeOptions({})?.mode).toBe('on')
  })

  it('has privacy-first defaults', () => {
    expect(consentModeOptions(undefined)).toEqual({
      mode: 'auto',
      dataLayer: 'dataLayer',
      waitForUpdate: 500,
      regions: [],
      adsDataRedaction: true,
      urlPassthrough: false,
      mapping: DEFAULT_MAPPING,
    })
  })

  it('remaps only the ids given and keeps regions that name a code', () => {
    const options = consentModeOptions({
      mapping: { marketing: ['ad_storage'], 'google-ads': ['ad_user_data'] },
      regions: [{ region: ['US-CA'], granted: ['performance'] }, { region: [] }],
      waitForUpdate: 0,
    })!
    expect(options.mapping.marketing).toEqual(['ad_storage'])
    expect(options.mapping['google-ads']).toEqual(['ad_user_data'])
    expect(options.mapping.performance).toEqual(['analytics_storage'])
    expect(options.regions).toEqual([{ region: ['US-CA'], granted: ['performance'] }])
    expect(options.waitForUpdate).toBe(0)
  })

  it('falls back to defaults for wrong types instead of throwing', () => {
    const options = consentModeOptions({ waitForUpdate: '500', dataLayer: 'not valid', regions: 'ES', mapping: 3, adsDataRedaction: 'no', urlPassthrough: 'yes' } as never)!
    expect(options.waitForUpdate).toBe(500)
    expect(options.dataLayer).toBe('dataLayer')
    expect(options.regions).toEqual([])
    expect(options.mapping).toEqual(DEFAULT_MAPPING)
    expect(options).toMatchObject({ adsDataRedaction: true, urlPassthrough: false })
    expect(consentModeOptions({ adsDataRedaction: false, urlPassthrough: true })).toMatchObject({ adsDataRedaction: false, urlPassthrough: true })
  })
})
