// One string split at load: in the embed it is smaller than 26 quoted array items.
const CODES = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv id ar'
/** A string's space-separated words as a tuple type, so `LANGUAGES` keeps the type `as const` would give it. */
type Words<S extends string> = S extends `${infer Word} ${infer Rest}` ? [Word, ...Words<Rest>] : [S]

/**
 * The 24 official EU languages, Indonesian and Arabic. Each ships as small chunks: `i18n/<code>.js` (the
 * banner's texts), `i18n/renew/<code>.js` (its words for asking again), `i18n/panel/<code>.js` (the
 * preference center's and declaration's) and the held-iframe placeholder's, each loaded only when needed.
 */
export const LANGUAGES = CODES.split(' ') as unknown as Readonly<Words<typeof CODES>>

export type Language = (typeof LANGUAGES)[number]

const RTL = ['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ku', 'sd', 'ug']

/** Text direction of a language tag (`ar-EG` → `rtl`). */
export const directionOf = (lang: string): 'ltr' | 'rtl' => (RTL.includes(lang.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr')

/**
 * Picks the language to show: the first of `wanted` (config, then `<html lang>`, then the browser's
 * languages) that is built in or has site translations, matched exactly or by its primary subtag;
 * English otherwise.
 *
 * @example
 * ```ts
 * pickLanguage(['auto', 'de-AT', 'fr']) // 'de'
 * pickLanguage(['ms'], ['ms'])            // 'ms' (the site translated it)
 * ```
 */
export const pickLanguage = (wanted: ReadonlyArray<string | null | undefined>, extra: readonly string[] = []): string => {
  const known = [...extra, ...LANGUAGES]
  const find = (tag: string) => known.find((code) => code.toLowerCase() === tag)
  for (const tag of wanted) {
    const lower = tag?.toLowerCase()
    if (!lower || lower === 'auto') continue
    const match = find(lower) ?? find(lower.split('-')[0])
    if (match) return match
  }
  return 'en'
}

/** Is there a built-in chunk for this language? */
export const isBuiltIn = (lang: string): lang is Language => (LANGUAGES as readonly string[]).includes(lang)

/**
 * The built-in texts to lay a language's site translations over: its own, those of its primary subtag
 * (`pt-BR` → `pt`), or English.
 */
export const baseLanguageOf = (lang: string): Language => {
  const primary = lang.toLowerCase().split('-')[0]
  return isBuiltIn(lang) ? lang : isBuiltIn(primary) ? primary : 'en'
}
