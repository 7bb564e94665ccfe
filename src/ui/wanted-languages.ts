import type { ResolvedConfig } from '../config/types'

/** Where a language may come from, most specific first: the config, `<html lang>`, the browser. */
export const wantedLanguages = (config: ResolvedConfig): string[] => [
  config.language,
  document.documentElement.lang,
  ...(navigator.languages ?? [navigator.language]),
]
