import type { Consentry } from '../core/engine'
import { baseLanguageOf } from '../i18n/languages'
import { TEXT_LOADERS } from '../i18n/loaders'
import { visitorLanguage } from '../i18n/visitor-language'
import { type Ui, type UiOptions, mountUi } from './mount'

/**
 * Picks the language (config → `<html lang>` → browser → English), imports its texts and mounts the UI.
 *
 * @example
 * ```ts
 * import { createConsentry } from 'consentry'
 * import { startUi } from 'consentry/ui'
 * const consentry = createConsentry(config)
 * const ui = await startUi(consentry, { layout: 'box' })
 * ```
 */
export const startUi = async (consentry: Consentry, options: Partial<UiOptions> = {}): Promise<Ui> => {
  const lang = options.lang ?? visitorLanguage(consentry.config)
  const texts = await TEXT_LOADERS[baseLanguageOf(lang)]()
  return mountUi(consentry, texts.default, { ...options, lang })
}
