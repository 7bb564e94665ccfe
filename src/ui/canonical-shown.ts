import type { ResolvedConfig } from '../config/types'
import type { Texts } from '../i18n/types'

/** JSON with object keys sorted at every level, so equal content always gives the same string. */
export const stableStringify = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : stableStringify(item))).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * The exact texts and category/service configuration a visitor was shown where they chose (the banner's
 * texts for a banner choice, the panels' texts for a preference-center choice), as one canonical string
 * (JSON, keys sorted). The UI passes it as `ChoiceMeta.shown`; receipts hash it into `bannerHash`, so a
 * receipt proves which wording and which cookie list the visitor agreed to.
 *
 * @example
 * ```ts
 * const shown = canonicalShown(texts, 'de', consentry.config)
 * consentry.acceptAll({ surface: 'banner', action: 'accept-all', locale: 'de', shown })
 * ```
 */
export const canonicalShown = (texts: Partial<Texts>, locale: string, config: ResolvedConfig): string =>
  stableStringify({
    locale,
    texts,
    privacyPolicyUrl: config.privacyPolicyUrl,
    policyVersion: config.policyVersion,
    revision: config.revision,
    categories: config.categoryIds.map((id) => ({
      id,
      services: config.categories[id].services.map(({ id, name, provider, purpose, party, cookies }) => ({ id, name, provider, purpose, party, cookies })),
    })),
  })
