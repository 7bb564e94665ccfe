import { isObject, listOf, objectOr, stringsOf } from '../config/object'
import type { ConsentModeConfig } from '../config/types'
import { type ConsentType, DEFAULT_MAPPING } from './signals'

export interface ConsentModeOptions {
  /** `auto`: only when the page creates a `dataLayer` (before or after Consentry loads). */
  mode: 'auto' | 'on'
  dataLayer: string
  waitForUpdate: number
  regions: { region: string[]; granted: string[] }[]
  adsDataRedaction: boolean
  urlPassthrough: boolean
  mapping: Record<string, ConsentType[]>
}

/**
 * The `consentMode` option with defaults; `null` when it is off. Like `resolveConfig`, it never throws
 * (validation reports bad values): a wrong field falls back to its default.
 */
export const consentModeOptions = (value: unknown): ConsentModeOptions | null => {
  if (value === false) return null
  const given: ConsentModeConfig = objectOr(value)
  const mapping = { ...DEFAULT_MAPPING }
  for (const [id, types] of Object.entries(objectOr(given.mapping))) mapping[id] = stringsOf(types) as ConsentType[]
  return {
    mode: value === undefined ? 'auto' : 'on',
    dataLayer: typeof given.dataLayer === 'string' && /^[A-Za-z_$][\w$]*$/.test(given.dataLayer) ? given.dataLayer : 'dataLayer',
    waitForUpdate: typeof given.waitForUpdate === 'number' && given.waitForUpdate >= 0 ? given.waitForUpdate : 500,
    regions: listOf<Record<string, unknown>>(given.regions, isObject)
      .map((r) => ({ region: stringsOf(r.region), granted: stringsOf(r.granted) }))
      .filter((r) => r.region.length),
    // Booleans: anything but the non-default value gives the default.
    adsDataRedaction: given.adsDataRedaction !== false,
    urlPassthrough: given.urlPassthrough === true,
    mapping,
  }
}
