import type { Language } from './languages'
import type { FirstLayerTexts, PanelTexts, RenewalTexts, Texts } from './types'

type Chunk<T> = Promise<{ default: T }>

/** One language's three parts as one `Texts`. */
export const joinTexts = (banner: FirstLayerTexts, renewal: RenewalTexts, panel: PanelTexts): Texts => ({ ...panel, banner: { ...banner.banner, ...renewal.banner } })

const all = (banner: Chunk<FirstLayerTexts>, renewal: Chunk<RenewalTexts>, panel: Chunk<PanelTexts>): Chunk<Texts> =>
  Promise.all([banner, renewal, panel]).then(([b, r, p]) => ({ default: joinTexts(b.default, r.default, p.default) }))

/** For the npm build: each language is three chunks (banner, renewal and panel texts), imported together only when picked. */
export const TEXT_LOADERS: Record<Language, () => Promise<{ default: Texts }>> = {
  bg: () => all(import('./texts/bg'), import('./renewal-texts/bg'), import('./panel-texts/bg')),
  cs: () => all(import('./texts/cs'), import('./renewal-texts/cs'), import('./panel-texts/cs')),
  da: () => all(import('./texts/da'), import('./renewal-texts/da'), import('./panel-texts/da')),
  de: () => all(import('./texts/de'), import('./renewal-texts/de'), import('./panel-texts/de')),
  el: () => all(import('./texts/el'), import('./renewal-texts/el'), import('./panel-texts/el')),
  en: () => all(import('./texts/en'), import('./renewal-texts/en'), import('./panel-texts/en')),
  es: () => all(import('./texts/es'), import('./renewal-texts/es'), import('./panel-texts/es')),
  et: () => all(import('./texts/et'), import('./renewal-texts/et'), import('./panel-texts/et')),
  fi: () => all(import('./texts/fi'), import('./renewal-texts/fi'), import('./panel-texts/fi')),
  fr: () => all(import('./texts/fr'), import('./renewal-texts/fr'), import('./panel-texts/fr')),
  ga: () => all(import('./texts/ga'), import('./renewal-texts/ga'), import('./panel-texts/ga')),
  hr: () => all(import('./texts/hr'), import('./renewal-texts/hr'), import('./panel-texts/hr')),
  hu: () => all(import('./texts/hu'), import('./renewal-texts/hu'), import('./panel-texts/hu')),
  it: () => all(import('./texts/it'), import('./renewal-texts/it'), import('./panel-texts/it')),
  lt: () => all(import('./texts/lt'), import('./renewal-texts/lt'), import('./panel-texts/lt')),
  lv: () => all(import('./texts/lv'), import('./renewal-texts/lv'), import('./panel-texts/lv')),
  mt: () => all(import('./texts/mt'), import('./renewal-texts/mt'), import('./panel-texts/mt')),
  nl: () => all(import('./texts/nl'), import('./renewal-texts/nl'), import('./panel-texts/nl')),
  pl: () => all(import('./texts/pl'), import('./renewal-texts/pl'), import('./panel-texts/pl')),
  pt: () => all(import('./texts/pt'), import('./renewal-texts/pt'), import('./panel-texts/pt')),
  ro: () => all(import('./texts/ro'), import('./renewal-texts/ro'), import('./panel-texts/ro')),
  sk: () => all(import('./texts/sk'), import('./renewal-texts/sk'), import('./panel-texts/sk')),
  sl: () => all(import('./texts/sl'), import('./renewal-texts/sl'), import('./panel-texts/sl')),
  sv: () => all(import('./texts/sv'), import('./renewal-texts/sv'), import('./panel-texts/sv')),
  id: () => all(import('./texts/id'), import('./renewal-texts/id'), import('./panel-texts/id')),
  ar: () => all(import('./texts/ar'), import('./renewal-texts/ar'), import('./panel-texts/ar')),
}
