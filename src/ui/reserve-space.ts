/**
 * Keeps the page usable under a fixed banner: a spacer at the end of the page as tall as the banner, so
 * the footer (and its "Cookie settings" link) can scroll above it, and as much scroll padding, so a
 * focused element is never hidden behind it (WCAG 2.4.11). Nothing above the spacer moves (CLS stays 0).
 * Returns a ref callback for the banner element.
 */
export const reserveSpace = (spacer: HTMLElement) => {
  let observer: ResizeObserver | undefined
  let previous = ''
  const root = document.documentElement
  return (banner: HTMLElement | null) => {
    observer?.disconnect()
    if (!banner) {
      spacer.style.height = ''
      root.style.scrollPaddingBottom = previous
      return
    }
    if (typeof ResizeObserver !== 'function') return
    previous = root.style.scrollPaddingBottom
    observer = new ResizeObserver(() => {
      const height = `${banner.offsetHeight}px`
      spacer.style.height = height
      root.style.scrollPaddingBottom = height
    })
    observer.observe(banner)
  }
}
