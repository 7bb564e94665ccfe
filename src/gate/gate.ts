import type { CookieDeclaration, ResolvedConfig } from '../config/types'
import type { Consentry } from '../core/engine'
import { categoryOfService } from '../core/decide'
import { deleteCookies } from './cookies'
import { heldIn, ownerOf } from './held'
import { interceptTags } from './intercept'
import { allowanceLog, findLeaks, type Leak } from './leaks'
import type * as LeakWatcher from './leak-watcher'
import { type Owner, urlOwners } from './patterns'
import type * as Placeholder from './placeholder'
import { releaseQueue } from './release'

export interface GateOptions {
  /** Loads the iframe placeholder module; `false` leaves held iframes blank. */
  placeholders?: false | (() => Promise<typeof Placeholder>)
  /** Called when a withdrawal needs a fresh page (default `location.reload()`). */
  reload?: () => void
  /** Loads the module that, with `debug`, logs each leak as it happens; without it leaks are only listed by `leaks()`. */
  leakWatcher?: () => Promise<typeof LeakWatcher | void>
}

/** A running gate: `leaks()` lists requests that escaped it; `dispose()` stops holding. */
export interface Gate {
  /** Requests to a host a service claims (`blocks`), made while that service was not allowed. */
  leaks(): Leak[]
  dispose(): void
}

/** Categories whose scripts cannot be unrun reload on withdrawal unless the site says otherwise. */
const reloadsOnWithdraw = (config: ResolvedConfig, category: string): boolean =>
  config.categories[category]?.reloadOnWithdraw ?? (category === 'marketing' || category === 'performance')

/**
 * Holds tags until their category (and service) is allowed, then releases each exactly once; catches
 * tags inserted later; deletes declared cookies of everything not allowed; reloads after withdrawing a
 * category whose tags already ran here (when `reloadOnWithdraw`). Call it before any other script can
 * insert tags: the embed does so synchronously in the page's `<head>`.
 */
export const startGate = (consentry: Consentry, options: GateOptions = {}): Gate => {
  const { config } = consentry
  const categoryOf = (id: string) => (id in config.categories ? id : categoryOfService(config, id))
  const allows = ({ category, service }: Owner) => consentry.has(category) && (!service || consentry.get().services[service] !== false)
  const owners = urlOwners(config, document.baseURI)
  const log = allowanceLog()
  const ran = new Set<string>()
  const taken = new WeakSet<Element>()
  const placeholders = new Map<Element, () => void>()
  const release = releaseQueue()
  const debug = (message: string) => config.debug && console.info(`consentry: ${message}`)
  // Each category outside necessary, and each of its services with the cookies it declares.
  const declared: (Owner & { cookies?: CookieDeclaration[] })[] = config.categoryIds
    .filter((id) => id !== 'necessary')
    .flatMap((category) => [{ category }, ...config.categories[category].services.map((s) => ({ category, service: s.id, cookies: s.cookies }))])

  const placehold = (iframe: HTMLIFrameElement, owner: Owner) => {
    const load = options.placeholders
    if (!load || placeholders.has(iframe)) return
    placeholders.set(iframe, () => {})
    load().then(
      ({ placeholderFor }) => {
        if (!taken.has(iframe)) placeholders.set(iframe, placeholderFor(iframe, owner, consentry))
      },
      (error) => console.error(`consentry: could not load the placeholder (${error})`),
    )
  }

  const consider = (element: Element) => {
    if (taken.has(element)) return
    const owner = ownerOf(element, config)
    if (!allows(owner)) {
      if (element instanceof HTMLIFrameElement) placehold(element, owner)
      return
    }
    taken.add(element)
    ran.add(owner.category)
    if (owner.service) ran.add(owner.service)
    placeholders.get(element)?.()
    placeholders.delete(element)
    debug(`releasing ${element.localName} of ${owner.service ?? owner.category}`)
    // An iframe given its src while the document is still parsing can stay blank (Chromium).
    if (element.localName === 'iframe' && document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => release(element), { once: true })
    } else release(element)
  }
  const scan = (root: Element | Document) => heldIn(root).forEach(consider)

  const settle = (at: number) => {
    const refused = declared.flatMap((owner) => {
      const allowed = allows(owner)
      log.mark(owner, allowed, at)
      return allowed ? [] : (owner.cookies ?? [])
    })
    const deleted = refused.length ? deleteCookies(document, refused, location) : []
    if (deleted.length) debug(`deleted cookies ${deleted.join(', ')}`)
  }

  const unpatch = owners ? interceptTags(window, (url) => {
    const owner = owners(url)
    return owner && !allows(owner) ? owner : undefined
  }) : () => {}
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element)
  })
  observer.observe(document.documentElement, { childList: true, subtree: true })
  // In a microtask, after the engine applied a GPC downgrade, so nothing is released that GPC withdraws.
  queueMicrotask(() => {
    settle(0)
    scan(document)
  })

  const off = consentry.on('change', (change) => {
    settle(performance.now())
    scan(document)
    const stale = [...change.withdrawn, ...change.withdrawnServices].filter((id) => ran.has(id) && reloadsOnWithdraw(config, categoryOf(id)))
    if (stale.length) {
      debug(`reloading: ${stale.join(', ')} already ran on this page and cannot be unrun`)
      // After the other listeners (receipts, UI) have seen the change.
      setTimeout(options.reload ?? (() => location.reload()))
    }
  })

  const leaksIn = (entries: PerformanceResourceTiming[]) => (owners ? findLeaks(entries, owners, log.allowedAt) : [])
  let stopped = false
  let unwatch = () => {}
  if (owners && config.debug) {
    options.leakWatcher?.().then((watcher) => {
      if (watcher && !stopped) unwatch = watcher.watchLeaks(leaksIn)
    })
  }

  return {
    leaks: () => leaksIn(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
    dispose: () => {
      stopped = true
      unwatch()
      off()
      unpatch()
      observer.disconnect()
      placeholders.forEach((remove) => remove())
      placeholders.clear()
    },
  }
}
