import type { Language } from './languages'
import type { PlaceholderTexts } from './types'

/** Each language's placeholder texts, imported only by a page that holds an iframe, in the visitor's language. */
export const PLACEHOLDER_LOADERS: Record<Language, () => Promise<{ default: PlaceholderTexts }>> = {
  bg: () => import('./placeholder-texts/bg'),
  cs: () => import('./placeholder-texts/cs'),
  da: () => import('./placeholder-texts/da'),
  de: () => import('./placeholder-texts/de'),
  el: () => import('./placeholder-texts/el'),
  en: () => import('./placeholder-texts/en'),
  es: () => import('./placeholder-texts/es'),
  et: () => import('./placeholder-texts/et'),
  fi: () => import('./placeholder-texts/fi'),
  fr: () => import('./placeholder-texts/fr'),
  ga: () => import('./placeholder-texts/ga'),
  hr: () => import('./placeholder-texts/hr'),
  hu: () => import('./placeholder-texts/hu'),
  it: () => import('./placeholder-texts/it'),
  lt: () => import('./placeholder-texts/lt'),
  lv: () => import('./placeholder-texts/lv'),
  mt: () => import('./placeholder-texts/mt'),
  nl: () => import('./placeholder-texts/nl'),
  pl: () => import('./placeholder-texts/pl'),
  pt: () => import('./placeholder-texts/pt'),
  ro: () => import('./placeholder-texts/ro'),
  sk: () => import('./placeholder-texts/sk'),
  sl: () => import('./placeholder-texts/sl'),
  sv: () => import('./placeholder-texts/sv'),
  id: () => import('./placeholder-texts/id'),
  ar: () => import('./placeholder-texts/ar'),
}
