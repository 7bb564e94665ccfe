import type { Leak } from './leaks'

/**
 * With `debug`, says on the console each request that escapes the gate, as it happens. Its own module
 * (`consentry-leak-watcher.js` in the embed) because only a site owner debugging needs it; `buffered`
 * replays the requests made before it loaded. Returns a function that stops watching.
 */
export const watchLeaks = (leaksIn: (entries: PerformanceResourceTiming[]) => Leak[]): (() => void) => {
  if (typeof PerformanceObserver !== 'function') return () => {}
  const watcher = new PerformanceObserver((list) => {
    for (const leak of leaksIn(list.getEntries() as PerformanceResourceTiming[])) {
      console.warn(`consentry: leak: ${leak.url} (${leak.service ?? leak.category}) was requested before it was allowed`)
    }
  })
  watcher.observe({ type: 'resource', buffered: true })
  return () => watcher.disconnect()
}
