import type { Consentry } from '../core/engine'
import { loadChunk } from '../embed/chunks'
import { baseLanguageOf } from '../i18n/languages'
import type { FirstLayerTexts, RenewalTexts } from '../i18n/types'
import { visitorLanguage } from '../i18n/visitor-language'
import type { Ui } from './mount'

type UiChunk = typeof import('./embed-chunk')

const domReady = (): Promise<void> =>
  new Promise((resolve) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }) : resolve()))

/**
 * Part of `consentry.js`: downloads the UI and one language only when something must be shown — a banner
 * (undecided visitor), the preference center (`open()`), or a cookie declaration on the page. A returning
 * visitor who already chose downloads neither.
 */
export const loadUiWhenNeeded = (consentry: Consentry, base: string, nonce: string | undefined, report: (message: string) => void): void => {
  let mounted: Promise<Ui> | undefined
  let ready = false
  const start = () => {
    if (mounted) return mounted
    const lang = visitorLanguage(consentry.config)
    const code = baseLanguageOf(lang)
    const { prompt } = consentry.get()
    mounted = Promise.all([
      loadChunk<UiChunk>(base, 'consentry-ui.js'),
      loadChunk<{ default: FirstLayerTexts }>(base, `i18n/${code}.js`),
      // Asking again (policy revision, expired choice), the banner says so, in words a first visit never downloads.
      prompt && prompt != 'first' ? loadChunk<{ default: RenewalTexts }>(base, `i18n/renew/${code}.js`) : undefined,
      domReady(),
    ]).then(([{ mountEmbedUi }, texts, renewal]) => {
      ready = true
      return mountEmbedUi(consentry, texts.default, renewal?.default, { lang, nonce, report }, code)
    })
    // This handler also keeps the failure from being an unhandled rejection for the callers below.
    mounted.catch((error) => {
      // Forgotten, so that the footer link tries again (a flaky network, not a broken site).
      mounted = undefined
      report(`consentry: could not load the banner from ${base} (${error})`)
    })
    return mounted
  }
  // Before the UI is here, `open()` loads it and then opens; afterwards the UI listens itself.
  consentry.on('open', () => {
    if (!ready) void start().then((ui) => ui.open(), () => {})
  })
  if (!consentry.get().decided) void start()
  else
    void domReady().then(() => {
      if (document.querySelector('[data-consentry-declaration]')) void start()
    })
}
