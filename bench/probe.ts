/** What the probe records in the page, in ms since navigation start (`performance.now()`). */
export interface ProbeRecord {
  tags: Record<string, number>
  bannerPaint: number | null
  cls: number
  longTasks: number[]
}

/**
 * Installed before any page script (`addInitScript`), the same for every SDK. Serialized into the page:
 * it must not refer to anything outside itself.
 *
 * Banner paint: each animation frame looks for the banner (in the document and open shadow roots); the
 * first frame in which it has a box and is not `visibility: hidden` posts a message, which runs right
 * after that frame is rendered. Fade-in animations are not waited for.
 */
export const installProbe = (bannerSelector: string | null): void => {
  const scope = window as unknown as { __bench?: Partial<ProbeRecord> }
  const record: ProbeRecord = { tags: scope.__bench?.tags ?? {}, bannerPaint: null, cls: 0, longTasks: [] }
  scope.__bench = record
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) record.cls += entry.value
    }
  }).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push(entry.duration)
  }).observe({ type: 'longtask', buffered: true })
  if (!bannerSelector) return
  const find = (root: Document | ShadowRoot): Element | null => {
    const hit = root.querySelector(bannerSelector)
    if (hit) return hit
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot && find(element.shadowRoot)
      if (inner) return inner
    }
    return null
  }
  const shown = (element: Element) => {
    const box = element.getBoundingClientRect()
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden'
  }
  const frame = () => {
    const banner = find(document)
    if (!banner || !shown(banner)) return void requestAnimationFrame(frame)
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      record.bannerPaint = performance.now()
    }
    channel.port2.postMessage(null)
  }
  requestAnimationFrame(frame)
}

/**
 * Clicks the banner's "Accept all" button from inside the page (no protocol round trip in the figure) and
 * returns the time of the click, or null when the button is not there. Serialized into the page like
 * `installProbe`, hence its own copy of `find`.
 */
export const clickAcceptAll = (bannerSelector: string): number | null => {
  const find = (root: Document | ShadowRoot): Element | null => {
    const hit = root.querySelector(bannerSelector)
    if (hit) return hit
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot && find(element.shadowRoot)
      if (inner) return inner
    }
    return null
  }
  const banner = find(document)
  const button = banner && [...banner.querySelectorAll<HTMLElement>('button, a[role=button], [role=button]')].find((candidate) => /^\s*accept all\s*$/i.test(candidate.textContent ?? ''))
  if (!button) return null
  const clickedAt = performance.now()
  button.click()
  return clickedAt
}
