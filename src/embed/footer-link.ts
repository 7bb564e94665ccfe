import type { Consentry } from '../core/engine'

/** Any element with `data-consentry-open` (now or added later) opens the preference center. */
export const listenForOpenLinks = (consentry: Consentry): (() => void) => {
  const onClick = (event: MouseEvent) => {
    const target = (event.target as Element | null)?.closest?.('[data-consentry-open]')
    if (!target) return
    event.preventDefault()
    consentry.open()
  }
  document.addEventListener('click', onClick)
  return () => document.removeEventListener('click', onClick)
}
