import type { Owner } from './patterns'

/** Says which service owns a URL whose load is not allowed now, or `undefined` when it may load. */
export type Blocker = (url: string) => Owner | undefined

type Setter = (this: Element, value: unknown) => void

const SRC_OWNERS = ['HTMLScriptElement', 'HTMLIFrameElement', 'HTMLImageElement'] as const

/**
 * Holds tags that other code inserts (tag managers, app code, vendor loaders) by URL, before the browser
 * can fetch them. A MutationObserver sees a script only after its insertion started the download, and an
 * image fetches as soon as `src` is set, so — as yett does — the `src` setters and `setAttribute` are
 * wrapped: a claimed script gets `type="text/plain"` (never fetched), an image or iframe gets `data-src`
 * instead of `src`. Both are then ordinary held markup. Returns a function that restores the originals.
 */
export const interceptTags = (win: Window & typeof globalThis, blocked: Blocker): (() => void) => {
  const restores: (() => void)[] = []
  const elementProto = win.Element.prototype
  const setAttribute = elementProto.setAttribute
  const set = (element: Element, name: string, value: string) => setAttribute.call(element, name, value)

  /** Returns true when it took over the write. */
  const hold = (element: Element, name: string, value: unknown): boolean => {
    const tag = element.localName
    const isScript = tag === 'script'
    if (name === 'type' && isScript && element.getAttribute('type') === 'text/plain' && element.hasAttribute('data-category')) {
      const owner = blocked(element.getAttribute('src') ?? '')
      if (owner) set(element, 'data-type', String(value))
      return !!owner
    }
    if (name !== 'src' || !(isScript || tag === 'iframe' || tag === 'img')) return false
    const owner = blocked(String(value))
    if (!owner) return false
    set(element, 'data-category', owner.category)
    if (owner.service) set(element, 'data-service', owner.service)
    if (isScript) {
      const type = element.getAttribute('type')
      if (type) set(element, 'data-type', type)
      set(element, 'type', 'text/plain')
      // The value as given: under Trusted Types a script's src must stay a TrustedScriptURL.
      set(element, 'src', value as string)
    } else set(element, 'data-src', String(value))
    return true
  }

  elementProto.setAttribute = function (this: Element, name: string, value: string) {
    if (!hold(this, String(name).toLowerCase(), value)) setAttribute.call(this, name, value)
  }
  restores.push(() => (elementProto.setAttribute = setAttribute))

  const wrap = (proto: object, property: string) => {
    const descriptor = Object.getOwnPropertyDescriptor(proto, property)
    if (!descriptor?.set) return
    const original = descriptor.set as Setter
    Object.defineProperty(proto, property, {
      ...descriptor,
      set(this: Element, value: unknown) {
        if (!hold(this, property, value)) original.call(this, value)
      },
    })
    restores.push(() => Object.defineProperty(proto, property, descriptor))
  }
  for (const name of SRC_OWNERS) wrap(win[name].prototype, 'src')
  wrap(win.HTMLScriptElement.prototype, 'type')

  return () => restores.splice(0).reverse().forEach((restore) => restore())
}
