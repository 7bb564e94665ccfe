// Lazy part of the UI: preact, the preference center and the cookie declaration. The first layer loads it
// when the visitor customizes, the site calls `open()`, or the page has a cookie declaration.
import { render } from 'preact'
import type { Consentry } from '../core/engine'
import { mergeTexts } from '../i18n/merge-texts'
import type { PanelTexts, Texts, UiTexts } from '../i18n/types'
import { canonicalShown } from './canonical-shown'
import { Declaration } from './declaration'
import { deepActiveElement } from './deep-active'
import { type Draft, initialDraft, toggleCategory, toggleService } from './draft'
import { PANEL_CSS } from './panel-styles'
import { Preferences } from './preferences'
import { adoptStyles } from './styles'

export interface PanelsOptions {
  consentry: Consentry
  /** The built-in texts the first layer was given (banner texts, perhaps the panels' too). */
  base: UiTexts
  /** The site's `translations[lang]`, already checked (and reported) by the first layer. */
  overrides: unknown
  lang: string
  /** Class, `lang` and `dir` of the themed root element. */
  root: { class: string; lang: string; dir: 'ltr' | 'rtl' }
  /** Where the preference center renders, inside the first layer's shadow root. */
  frame: HTMLElement
  /** One frame per `[data-consentry-declaration]` element, each in its own shadow root. */
  declarations: HTMLElement[]
  nonce?: string
  /** Where the panels' texts come from when `base` holds only the banner's. */
  panelTexts?: () => Promise<PanelTexts>
}

/** What the first layer drives: the preference center's open state, and re-rendering on a state change. */
export interface Panels {
  open(): Promise<void>
  close(): Promise<void>
  /** Renders the preference center (or removes it) and every declaration from the current state. */
  update(): void
}

/**
 * Owns everything past the banner: the draft of an open preference center, focus return to its opener,
 * the panels' texts and their canonical `shown` string, and rendering with preact.
 */
export const startPanels = async (options: PanelsOptions): Promise<Panels> => {
  const { consentry, base, overrides, lang, root, frame, declarations, nonce } = options
  const { config } = consentry
  const more = await options.panelTexts?.()
  for (const target of [frame, ...declarations]) adoptStyles(target.getRootNode() as ShadowRoot, PANEL_CSS, nonce)
  const texts = mergeTexts({ ...base, ...more } as Texts, overrides)
  const { banner: _, ...panelTexts } = texts
  const shown = canonicalShown(panelTexts, lang, config)
  let draft: Draft | null = null
  let opener: HTMLElement | null = null

  const choose = (action: 'accept-all' | 'reject-all' | 'save') => {
    const meta = { surface: 'preferences', action, locale: lang, shown } as const
    if (action === 'accept-all') consentry.acceptAll(meta)
    else if (action === 'reject-all') consentry.rejectAll(meta)
    else if (draft) consentry.set(draft.choices, { services: draft.services, ...meta })
    return close()
  }
  const edit = (next: Draft) => {
    draft = next
    update()
  }
  const open = async () => {
    if (draft) return
    opener = deepActiveElement()
    draft = initialDraft(consentry.get())
    update()
  }
  const close = async () => {
    if (!draft) return
    draft = null
    update()
    if (opener?.isConnected) opener.focus()
    opener = null
  }

  function update() {
    const view = { texts, lang, config, state: consentry.get() }
    const current = draft
    render(
      <div {...root}>
        {current && (
          <Preferences
            view={view}
            draft={current}
            setCategory={(id, on) => edit(toggleCategory(current, config, id, on))}
            setService={(category, id, on) => edit(toggleService(current, config, category, id, on))}
            choose={choose}
            close={close}
          />
        )}
      </div>,
      frame,
    )
    for (const target of declarations)
      render(
        <div {...root}>
          <Declaration view={view} open={() => consentry.open()} />
        </div>,
        target,
      )
  }

  return { open, close, update }
}
