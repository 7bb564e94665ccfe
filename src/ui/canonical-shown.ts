import type { ResolvedConfig } from '../config/types'
import { canonicalJson } from '../receipts/canonical'

/**
 * The exact texts and category/service configuration a visitor was shown where they chose (the banner's
 * texts for a banner choice, the panels' texts for a preference-center choice), as one canonical string
 * (`canonicalJson`: keys sorted). The UI passes it as `ChoiceMeta.shown`; receipts hash it into `bannerHash`, so a
 * receipt proves which wording and which cookie list the visitor agreed to.
 *
 * @example
 * ```ts
 * const shown = canonicalShown(texts, 'de', consentry.config)
 * consentry.acceptAll({ surface: 'banner', action: 'accept-all', locale: 'de', shown })
 * ```
 */
export const canonicalShown = (texts: object, locale: string, config: ResolvedConfig): string =>
  canonicalJson({
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
