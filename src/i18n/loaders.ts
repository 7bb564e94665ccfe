import type { Language } from './languages'
import type { BannerTexts, PanelTexts, Texts } from './types'

const both = (banner: Promise<{ default: BannerTexts }>, panel: Promise<{ default: PanelTexts }>): Promise<{ default: Texts }> =>
  Promise.all([banner, panel]).then(([b, p]) => ({ default: { ...b.default, ...p.default } }))

/** For the npm build: each language is two chunks (banner and panel texts), imported together only when picked. */
export const TEXT_LOADERS: Record<Language, () => Promise<{ default: Texts }>> = {
  bg: () => both(import('./texts/bg'), import('./panel-texts/bg')),
  cs: () => both(import('./texts/cs'), import('./panel-texts/cs')),
  da: () => both(import('./texts/da'), import('./panel-texts/da')),
  de: () => both(import('./texts/de'), import('./panel-texts/de')),
  el: () => both(import('./texts/el'), import('./panel-texts/el')),
  en: () => both(import('./texts/en'), import('./panel-texts/en')),
  es: () => both(import('./texts/es'), import('./panel-texts/es')),
  et: () => both(import('./texts/et'), import('./panel-texts/et')),
  fi: () => both(import('./texts/fi'), import('./panel-texts/fi')),
  fr: () => both(import('./texts/fr'), import('./panel-texts/fr')),
  ga: () => both(import('./texts/ga'), import('./panel-texts/ga')),
  hr: () => both(import('./texts/hr'), import('./panel-texts/hr')),
  hu: () => both(import('./texts/hu'), import('./panel-texts/hu')),
  it: () => both(import('./texts/it'), import('./panel-texts/it')),
  lt: () => both(import('./texts/lt'), import('./panel-texts/lt')),
  lv: () => both(import('./texts/lv'), import('./panel-texts/lv')),
  mt: () => both(import('./texts/mt'), import('./panel-texts/mt')),
  nl: () => both(import('./texts/nl'), import('./panel-texts/nl')),
  pl: () => both(import('./texts/pl'), import('./panel-texts/pl')),
  pt: () => both(import('./texts/pt'), import('./panel-texts/pt')),
  ro: () => both(import('./texts/ro'), import('./panel-texts/ro')),
  sk: () => both(import('./texts/sk'), import('./panel-texts/sk')),
  sl: () => both(import('./texts/sl'), import('./panel-texts/sl')),
  sv: () => both(import('./texts/sv'), import('./panel-texts/sv')),
  id: () => both(import('./texts/id'), import('./panel-texts/id')),
  ar: () => both(import('./texts/ar'), import('./panel-texts/ar')),
}
