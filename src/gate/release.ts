/**
 * Releasing held elements. A held script is re-inserted, not re-created: a script whose type the browser
 * did not support was never "started" (HTML spec, prepare the script element), so putting it back with
 * its type restored runs it, and it keeps its attributes, nonce, `onload` and listeners set by the code
 * that created it.
 */

/** Runs a held script; resolves when scripts after it may run (after it loaded, for ordered external ones). */
export const releaseScript = (script: HTMLScriptElement): Promise<void> => {
  const type = script.getAttribute('data-type')
  if (type) script.setAttribute('type', type)
  else script.removeAttribute('type')
  const parent = script.parentNode
  if (!parent) return Promise.resolve()
  // `async` scripts never blocked the ones after them; every other external script does, as in markup.
  const ordered = script.hasAttribute('src') && !script.hasAttribute('async')
  const done = new Promise<void>((resolve) => {
    if (!ordered) return resolve()
    for (const type of ['load', 'error']) script.addEventListener(type, () => resolve(), { once: true })
  })
  parent.insertBefore(script, script.nextSibling)
  return done
}

/** Gives held media (`iframe`, `img`, `video`, `audio`, `source`, `embed`, `link`) its address. */
export const releaseMedia = (element: Element): void => {
  for (const to of ['src', 'srcset', 'href']) {
    const from = `data-${to}`
    const value = element.getAttribute(from)
    if (value === null) continue
    element.removeAttribute(from)
    element.setAttribute(to, value)
  }
  const media = element.localName === 'source' ? element.parentElement : element
  if (media instanceof HTMLMediaElement) media.load()
}

/**
 * Releases scripts one after the other in the order they are queued (document order), so an inline
 * script that uses a library held above it runs after the library loaded — the ordering
 * vanilla-cookieconsent got wrong. Media need no queue.
 */
export const releaseQueue = () => {
  let tail = Promise.resolve()
  return (element: Element): void => {
    if (element instanceof HTMLScriptElement) tail = tail.then(() => releaseScript(element))
    else releaseMedia(element)
  }
}
