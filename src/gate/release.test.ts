// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { releaseMedia, releaseQueue, releaseScript } from './release'

afterEach(() => {
  document.body.replaceChildren()
})

const held = (html: string) => {
  document.body.insertAdjacentHTML('beforeend', html)
  return document.body.lastElementChild as Element
}

// Execution itself (exactly once, order of dependent scripts, onload kept) is proven in real Chromium:
// e2e/accept-releases-held-tags.spec.ts. jsdom does not re-run a re-inserted script.
describe('releaseScript', () => {
  it('puts the script back in place with its attributes and nonce, without the blocking type', async () => {
    const script = held('<script type="text/plain" data-category="performance" id="s" nonce="abc">1</script>') as HTMLScriptElement
    held('<p id="after"></p>')
    await releaseScript(script)
    expect(script.nextElementSibling?.id).toBe('after')
    expect(script.hasAttribute('type')).toBe(false)
    expect(script.getAttribute('data-category')).toBe('performance')
    expect(script.nonce).toBe('abc')
  })

  it('restores data-type (e.g. a module) instead of removing the type', async () => {
    const script = held('<script type="text/plain" data-type="module" data-category="x"></script>') as HTMLScriptElement
    await releaseScript(script)
    expect(script.type).toBe('module')
  })
})

describe('releaseQueue', () => {
  it('releases the next script only after an external one before it has loaded (or failed)', async () => {
    const release = releaseQueue()
    const library = held('<script type="text/plain" data-category="x" src="https://cdn.example/lib.js"></script>')
    const inline = held('<script type="text/plain" data-category="x">use(lib)</script>')
    const lateAsync = held('<script type="text/plain" data-category="x" async src="https://cdn.example/async.js"></script>')
    const last = held('<script type="text/plain" data-category="x">last()</script>')
    ;[library, inline, lateAsync, last].forEach(release)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect([library, inline].map((s) => s.getAttribute('type'))).toEqual([null, 'text/plain'])
    library.dispatchEvent(new Event('load'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect([inline, lateAsync, last].map((s) => s.getAttribute('type'))).toEqual([null, null, null])
  })
})

describe('releaseMedia', () => {
  it('moves data-src/data-srcset/data-href to the real attributes once', () => {
    const img = held('<img data-category="marketing" data-src="/pixel.gif" data-srcset="/p2.gif 2x">')
    releaseMedia(img)
    expect(img.getAttribute('src')).toBe('/pixel.gif')
    expect(img.getAttribute('srcset')).toBe('/p2.gif 2x')
    expect(img.hasAttribute('data-src')).toBe(false)
    const link = held('<link rel="stylesheet" data-category="functional" data-href="/widget.css">')
    releaseMedia(link)
    expect(link.getAttribute('href')).toBe('/widget.css')
  })
})
