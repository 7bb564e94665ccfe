import type { Consentry } from '../core/engine'
import { directionOf } from '../i18n/languages'
import { mergeTexts } from '../i18n/merge-texts'
import type { PanelTexts, UiTexts } from '../i18n/types'
import { type Layout, createBanner } from './banner'
import { canonicalShown } from './canonical-shown'
import type { Panels } from './panels'
import { reserveSpace } from './reserve-space'
import { BANNER_CSS, BASE_CSS, adoptStyles } from './styles'

export type Theme = 'light' | 'dark' | 'auto'

export interface UiOptions {
  /** The language of `texts` (e.g. from `pickLanguage`). */
  lang: string
  /** Default: `config.ui.layout`, else `bar`. */
  layout?: Layout
  /** Default: `config.ui.theme`, else `auto`. */
  theme?: Theme
  /** CSP nonce for the fallback `<style>` where constructable stylesheets are missing. */
  nonce?: string
  report?: (message: string) => void
  /** Where the panels' texts come from when `texts` holds only the banner's (the embed loads them with the panels). */
  panelTexts?: () => Promise<PanelTexts>
}

/** The mounted UI; `consentry.open()` and `data-consentry-open` links call `open()` too. */
export interface Ui {
  /** Opens the preference center (resolves once it is shown). */
  open(): Promise<void>
  /** Closes it without recording anything, and returns focus to where it was. */
  close(): Promise<void>
  dispose(): void
}

const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback

/** A shadow root with the UI's styles and one element to render into, so page CSS and ours never mix. */
const frameIn = (host: HTMLElement, css: string, nonce?: string): HTMLElement => {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  adoptStyles(root, css, nonce)
  const frame = document.createElement('div')
  root.append(frame)
  return frame
}

/**
 * Shows the banner when the visitor must choose, the preference center on `open()`, and renders every
 * `[data-consentry-declaration]` element. `texts` are the built-in texts of `options.lang`; the site's
 * `config.translations[lang]` is laid over them. Every choice carries `ChoiceMeta` (surface, action,
 * locale and the canonical `shown` string) for the receipt. The banner is plain DOM; preact, the
 * preference center and the declaration load as a second chunk (`startPanels`) only when needed.
 *
 * @example
 * ```ts
 * const { default: texts } = await TEXT_LOADERS.de() // or startUi(), which also picks the language
 * const ui = mountUi(consentry, texts, { lang: 'de', layout: 'box', theme: 'dark' })
 * ```
 */
export const mountUi = (consentry: Consentry, base: UiTexts, options: UiOptions): Ui => {
  const { config } = consentry
  const { lang, nonce, report = (message: string) => console.error(message) } = options
  const given = ((typeof config.raw.ui === 'object' && config.raw.ui) || {}) as { layout?: unknown; theme?: unknown; nonce?: unknown }
  const layout = oneOf(options.layout ?? given.layout, ['bar', 'box', 'modal'] as const, 'bar')
  const theme = oneOf(options.theme ?? given.theme, ['light', 'dark', 'auto'] as const, 'auto')
  const styleNonce = nonce ?? (typeof given.nonce === 'string' ? given.nonce : undefined)
  const overrides = config.translations[lang]
  // Overrides are checked (and reported) once, here; the panels' texts are laid over them silently later.
  const { banner: bannerTexts } = mergeTexts(base, overrides, report, `translations.${lang}`)
  const shown = canonicalShown({ banner: bannerTexts }, lang, config)
  const root = { class: `root ${theme}`, lang, dir: directionOf(lang) }

  const host = document.createElement('consentry-ui')
  const bannerFrame = frameIn(host, BASE_CSS + BANNER_CSS, styleNonce)
  Object.assign(bannerFrame, { className: root.class, lang, dir: root.dir })
  const panelFrame = document.createElement('div')
  const spacer = document.createElement('div')
  bannerFrame.after(panelFrame, spacer)
  const reserve = reserveSpace(spacer)
  document.body.append(host)
  const declarations = [...document.querySelectorAll<HTMLElement>('[data-consentry-declaration]')].map((el) => frameIn(el, BASE_CSS, styleNonce))

  let dismissed = false
  let banner: HTMLElement | null = null
  let panels: Promise<Panels> | undefined
  const withPanels = (act: (panels: Panels) => unknown): Promise<void> =>
    (panels ??= import('./panels').then((module) =>
      module.startPanels({ consentry, base, overrides, lang, root, frame: panelFrame, declarations, nonce: styleNonce, panelTexts: options.panelTexts }),
    )).then(
      async (loaded) => void (await act(loaded)),
      (error) => {
        // Forget the failed import so that the next click tries again (a flaky network, not a broken site).
        panels = undefined
        report(`consentry: could not load the preference center (${error})`)
      },
    )
  const open = () => withPanels((loaded) => loaded.open())
  const close = () => (panels ? withPanels((loaded) => loaded.close()) : Promise.resolve())

  const showBanner = () => {
    const wanted = !consentry.get().decided && !dismissed
    if (wanted === !!banner) return
    if (banner) {
      reserve(null)
      bannerFrame.replaceChildren()
      banner = null
      return
    }
    const nodes = createBanner({
      view: { texts: { banner: bannerTexts }, config, state: consentry.get() },
      layout,
      choose: (action) => {
        const meta = { surface: 'banner', action, locale: lang, shown } as const
        if (action === 'accept-all') consentry.acceptAll(meta)
        else consentry.rejectAll(meta)
      },
      customize: open,
      dismiss: () => {
        dismissed = true
        showBanner()
      },
    })
    bannerFrame.replaceChildren(...nodes)
    banner = nodes[nodes.length - 1]
    if (layout !== 'modal') reserve(banner)
  }
  const update = () => {
    showBanner()
    if (panels) void withPanels((loaded) => loaded.update())
  }

  const stopOpen = consentry.on('open', () => void open())
  const stopState = consentry.$consent.listen(update)
  showBanner()
  if (declarations.length) void withPanels((loaded) => loaded.update())
  return {
    open,
    close,
    dispose: () => {
      stopOpen()
      stopState()
      reserve(null)
      host.remove()
      for (const frame of declarations) frame.remove()
    },
  }
}
