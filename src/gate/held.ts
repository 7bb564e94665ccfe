import type { ResolvedConfig } from '../config/types'
import { categoryOfService } from '../core/decide'
import type { Owner } from './patterns'

/**
 * Held markup: a script the browser will not run (`type="text/plain"`), or media whose address waits in
 * `data-src` / `data-href`, marked with `data-category` and/or `data-service`.
 */
export const HELD = ['script[type="text/plain"]', '[data-src]', 'link[data-href]']
  .flatMap((tag) => [`${tag}[data-category]`, `${tag}[data-service]`])
  .join()

export const isHeld = (node: Node): node is Element => node.nodeType === 1 && (node as Element).matches(HELD)

/** The held elements in `root`, itself included, in document order. */
export const heldIn = (root: Element | Document): Element[] => [
  ...(isHeld(root) ? [root] : []),
  ...root.querySelectorAll(HELD),
]

/** The category (from `data-category`, or the service's own) and service an element waits for. */
export const ownerOf = (element: Element, config: ResolvedConfig): Owner => {
  const service = element.getAttribute('data-service') || undefined
  return { category: element.getAttribute('data-category') || categoryOfService(config, service), service }
}
