// Lazy part of the UI: preact, the preference center and the cookie declaration. The first layer loads it
// when the visitor customizes, the site calls `open()`, or the page has a cookie declaration.
import { render } from 'preact'
import { Declaration } from './declaration'
import { type Draft, toggleCategory, toggleService } from './draft'
import { Preferences } from './preferences'
import type { View } from './props'

export { initialDraft } from './draft'
export { PANEL_CSS } from './panel-styles'

export interface PanelProps {
  view: View
  /** Class, `lang` and `dir` of the themed root element. */
  root: { class: string; lang: string; dir: 'ltr' | 'rtl' }
  /** The open preference center's switches; `null` when it is closed. */
  draft: Draft | null
  edit: (draft: Draft) => void
  choose: (action: 'accept-all' | 'reject-all' | 'save') => void
  close: () => void
  open: () => void
}

/** Renders (or removes) the preference center into `frame` and the declaration into each of `declarations`. */
export const renderPanels = (frame: HTMLElement, declarations: HTMLElement[], props: PanelProps): void => {
  const { view, root, draft, edit, choose, close, open } = props
  const { config } = view
  render(
    <div {...root}>
      {draft && (
        <Preferences
          view={view}
          draft={draft}
          setCategory={(id, on) => edit(toggleCategory(draft, config, id, on))}
          setService={(category, id, on) => edit(toggleService(draft, config, category, id, on))}
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
        <Declaration view={view} open={open} />
      </div>,
      target,
    )
}
