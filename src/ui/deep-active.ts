/** The focused element, looking through open shadow roots (the UI's own buttons live in one). */
export const deepActiveElement = (): HTMLElement | null => {
  let active = document.activeElement as HTMLElement | null
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement
  return active
}
