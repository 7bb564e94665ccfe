/** The seven Google Consent Mode v2 types. */
export const CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const

export type ConsentType = (typeof CONSENT_TYPES)[number]
export type ConsentSignals = Record<ConsentType, 'granted' | 'denied'>

/** Which Consent Mode types each category grants (standards.md); a site can remap any key. */
export const DEFAULT_MAPPING: Record<string, ConsentType[]> = {
  necessary: ['security_storage'],
  functional: ['functionality_storage', 'personalization_storage'],
  performance: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
}

/**
 * All seven types for a choice: a type is granted when some category or service mapped to it is
 * allowed, denied otherwise (an unmapped type is always denied).
 *
 * @example
 * ```ts
 * signalsFor((id) => id === 'necessary' || id === 'performance', DEFAULT_MAPPING).analytics_storage // 'granted'
 * ```
 */
export const signalsFor = (allowed: (id: string) => boolean, mapping: Record<string, ConsentType[]>): ConsentSignals => {
  const signals = Object.fromEntries(CONSENT_TYPES.map((type) => [type, 'denied'])) as ConsentSignals
  for (const [id, types] of Object.entries(mapping)) if (allowed(id)) for (const type of types) signals[type] = 'granted'
  return signals
}
