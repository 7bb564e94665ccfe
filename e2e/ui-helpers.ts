import type { Page } from '@playwright/test'

/** The first-layer banner: a labelled region inside the UI's shadow root (Playwright locators pierce it). */
export const banner = (page: Page) => page.locator('consentry-ui section.banner')

/** The preference center: the only modal dialog on the page. */
export const preferences = (page: Page) => page.getByRole('dialog')

/** Records every `consentry:change` event from the first script on, for specs to read back. */
export const recordChanges = (page: Page) =>
  page.addInitScript(() => {
    const changes: unknown[] = []
    ;(window as unknown as { changes: unknown[] }).changes = changes
    document.addEventListener('consentry:change', (event) => changes.push(JSON.parse(JSON.stringify((event as CustomEvent).detail))))
  })

export const changes = (page: Page) => page.evaluate(() => (window as unknown as { changes: Array<Record<string, any>> }).changes)

/** Sums layout shifts the page saw, the way Core Web Vitals' CLS counts them (no input exclusions needed here). */
export const watchLayoutShift = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { cls: number }
    w.cls = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) w.cls += entry.value
    }).observe({ type: 'layout-shift', buffered: true })
  })

export const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { cls: number }).cls)

/** The UI chunks and language texts the page requests from now on, in order. */
export const uiRequests = (page: Page) => {
  const urls: string[] = []
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (/^\/consentry-(ui|panels)\.js$/.test(pathname) || pathname.startsWith('/i18n/')) urls.push(pathname)
  })
  return urls
}
