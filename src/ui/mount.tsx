import { render } from 'preact'
import type { Consentry } from '../core/engine'
import type { ChoiceMeta, Surface } from '../core/types'
import { directionOf } from '../i18n/languages'
import { mergeTexts } from '../i18n/merge-texts'
import type { Texts } from '../i18n/types'
import { Banner, type Layout } from './banner'
import { canonicalShown } from './canonical-shown'
import { Declaration } from './declaration'
import { type Draft, initialDraft, toggleCategory, toggleService } from './draft'
import { deepActiveElement } from './focus'
import { Preferences } from './preferences'
import type { View } from './props'
import { reserveSpace } from './reserve-space'
import { adoptStyles } from './styles'

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
}

/** The mounted UI; `consentry.open()` and `data-consentry-open` links call `open()` too. */
export interface Ui {
  open(): void
  close(): void
  dispose(): void
}

const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback

/** A shadow root with the UI's styles and one element to render into, so page CSS and ours never mix. */
const frameIn = (host: HTMLElement, nonce?: string): HTMLElement => {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  adoptStyles(root, nonce)
  const frame = document.createElement('div')
  root.append(frame)
  return frame
}

/**
 * Shows the banner when the visitor must choose, the preference center on `open()`, and renders every
 * `[data-consentry-declaration]` element. `texts` are the built-in texts of `options.lang`; the site's
 * `config.translations[lang]` is laid over them. Every choice carries `ChoiceMeta` (surface, action,
 * locale and the canonical `shown` string) for the receipt.
 *
 * @example
 * ```ts
 * const { default: texts } = await TEXT_LOADERS.de() // or startUi(), which also picks the language
 * const ui = mountUi(consentry, texts, { lang: 'de', layout: 'box', theme: 'dark' })
 * ```
 */
export const mountUi = (consentry: Consentry, base: Texts, options: UiOptions): Ui => {
  const { config } = consentry
  const { lang, nonce, report = (message: string) => console.error(message) } = options
  const settings = (typeof config.raw.ui === 'object' && config.raw.ui) || {}
  const given = settings as { layout?: unknown; theme?: unknown; nonce?: unknown }
  const layout = oneOf(options.layout ?? given.layout, ['bar', 'box', 'modal'] as const, 'bar')
  const theme = oneOf(options.theme ?? given.theme, ['light', 'dark', 'auto'] as const, 'auto')
  const styleNonce = nonce ?? (typeof given.nonce === 'string' ? given.nonce : undefined)
  const texts = mergeTexts(base, config.translations[lang], report, `translations.${lang}`)
  const shown = canonicalShown(texts, lang, config)
  const meta = (surface: Surface, action: string): ChoiceMeta => ({ surface, action, locale: lang, shown })

  const host = document.createElement('consentry-ui')
  const frame = frameIn(host, styleNonce)
  const spacer = document.createElement('div')
  frame.after(spacer)
  const reserve = reserveSpace(spacer)
  document.body.append(host)
  const declarations = [...document.querySelectorAll<HTMLElement>('[data-consentry-declaration]')].map((el) => frameIn(el, styleNonce))

  let dismissed = false
  let draft: Draft | null = null
  let opener: HTMLElement | null = null

  const close = () => {
    if (!draft) return
    draft = null
    update()
    if (opener?.isConnected) opener.focus()
    opener = null
  }
  const open = () => {
    if (draft) return
    opener = deepActiveElement()
    draft = initialDraft(consentry.get())
    update()
  }
  const choose = (surface: Surface) => (action: 'accept-all' | 'reject-all' | 'save') => {
    if (action === 'accept-all') consentry.acceptAll(meta(surface, action))
    else if (action === 'reject-all') consentry.rejectAll(meta(surface, action))
    else if (draft) consentry.set(draft.choices, { services: draft.services, ...meta(surface, action) })
    close()
  }
  const edit = (next: Draft) => {
    draft = next
    update()
  }

  function update() {
    const state = consentry.get()
    const view: View = { texts, lang, config, state }
    const rootProps = { class: `root ${theme}`, lang, dir: directionOf(lang) }
    render(
      <div {...rootProps}>
        {!state.decided && !dismissed && (
          <Banner view={view} layout={layout} choose={choose('banner')} customize={open} dismiss={() => ((dismissed = true), update())} reserve={reserve} />
        )}
        {draft && (
          <Preferences
            view={view}
            draft={draft}
            setCategory={(id, on) => draft && edit(toggleCategory(draft, config, id, on))}
            setService={(category, id, on) => draft && edit(toggleService(draft, config, category, id, on))}
            choose={choose('preferences')}
            close={close}
          />
        )}
      </div>,
      frame,
    )
    for (const target of declarations)
      render(
        <div {...rootProps}>
          <Declaration view={view} open={() => consentry.open()} />
        </div>,
        target,
      )
  }

  const stopOpen = consentry.on('open', open)
  const stopState = consentry.$consent.listen(update)
  update()
  return {
    open,
    close,
    dispose: () => {
      stopOpen()
      stopState()
      render(null, frame)
      for (const target of declarations) render(null, target)
      host.remove()
    },
  }
}
