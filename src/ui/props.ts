import type { ResolvedConfig } from '../config/types'
import type { ConsentState } from '../core/types'
import type { CategoryTexts, Texts } from '../i18n/types'

/** What every part of the UI renders from: the texts in one language, the config and the state. */
export interface View {
  texts: Texts
  lang: string
  config: ResolvedConfig
  state: ConsentState
}

/** A category's texts, falling back to its id for a site's own category without texts. */
export const categoryTexts = (texts: Texts, id: string): CategoryTexts => ({
  title: id,
  description: '',
  ...(texts.categories[id] as Partial<CategoryTexts> | undefined),
})

/** A date in the visitor's language; the raw ISO string if the runtime lacks that locale. */
export const formatDate = (iso: string, lang: string): string => {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso))
  } catch {
    return iso
  }
}
