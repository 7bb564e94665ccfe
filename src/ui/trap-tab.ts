const FOCUSABLE = 'button:not([disabled]),input:not([disabled]),summary,a[href],[tabindex="0"]'

/**
 * Keeps Tab inside a modal dialog (APG dialog pattern): from the last control to the first and back.
 * `showModal()` already makes the page inert; this stops focus escaping to the browser's own UI.
 */
export const trapTab = (event: KeyboardEvent, dialog: HTMLElement): void => {
  if (event.key !== 'Tab') return
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length)
  if (!items.length) return
  const index = items.indexOf((dialog.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement)
  const target = event.shiftKey ? (index <= 0 ? items[items.length - 1] : null) : index === items.length - 1 ? items[0] : null
  if (!target) return
  event.preventDefault()
  target.focus()
}
