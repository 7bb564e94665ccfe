import type { ResolvedConfig } from '../config/types'
import { pickLanguage } from './languages'

/**
 * The language to show this visitor: the first of the config's `language`, `<html lang>` and the browser's
 * languages that is built in or translated by the site (`pickLanguage`). The banner, the preference center
 * and iframe placeholders all speak it. Reads the page, so call it in the browser.
 */
export const visitorLanguage = (config: ResolvedConfig): string =>
  pickLanguage([config.language, document.documentElement.lang, ...(navigator.languages ?? [navigator.language])], Object.keys(config.translations))
