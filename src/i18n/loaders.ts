import type { Language } from './languages'
import type { Texts } from './types'

/** For the npm build: each language is its own chunk, imported only when picked. */
export const TEXT_LOADERS: Record<Language, () => Promise<{ default: Texts }>> = {
  bg: () => import('./texts/bg'),
  cs: () => import('./texts/cs'),
  da: () => import('./texts/da'),
  de: () => import('./texts/de'),
  el: () => import('./texts/el'),
  en: () => import('./texts/en'),
  es: () => import('./texts/es'),
  et: () => import('./texts/et'),
  fi: () => import('./texts/fi'),
  fr: () => import('./texts/fr'),
  ga: () => import('./texts/ga'),
  hr: () => import('./texts/hr'),
  hu: () => import('./texts/hu'),
  it: () => import('./texts/it'),
  lt: () => import('./texts/lt'),
  lv: () => import('./texts/lv'),
  mt: () => import('./texts/mt'),
  nl: () => import('./texts/nl'),
  pl: () => import('./texts/pl'),
  pt: () => import('./texts/pt'),
  ro: () => import('./texts/ro'),
  sk: () => import('./texts/sk'),
  sl: () => import('./texts/sl'),
  sv: () => import('./texts/sv'),
  id: () => import('./texts/id'),
  ar: () => import('./texts/ar'),
}
