// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://www.shop.example.com/de/cart/item/"}
import { describe, expect, it } from 'vitest'
import { deleteCookies, deletionsFor, namesToDelete } from './cookies'

describe('namesToDelete', () => {
  it('keeps exact names even when absent and adds present names a pattern matches', () => {
    expect(namesToDelete([{ name: '_fbp', duration: '3 months' }, { pattern: '^_ga_', duration: '1 day' }], ['_ga_ABC', '_gat', 'theme'])).toEqual(['_fbp', '_ga_ABC'])
  })

  it('ignores an invalid pattern instead of throwing', () => {
    expect(namesToDelete([{ pattern: '(', duration: '1 day' }], ['x'])).toEqual([])
  })
})

describe('deletionsFor', () => {
  it('covers host-only, every parent domain and every path prefix', () => {
    const writes = deletionsFor('_ga', 'www.shop.example.com', '/de/cart')
    for (const domain of ['', '; domain=www.shop.example.com', '; domain=shop.example.com', '; domain=example.com']) {
      for (const path of ['/', '/de', '/de/', '/de/cart', '/de/cart/']) {
        expect(writes).toContain(`_ga=; max-age=0; path=${path}${domain}`)
      }
    }
  })

  it('adds no domain attribute on IP hosts or single-label hosts', () => {
    expect(deletionsFor('a', '127.0.0.1', '/').every((write) => !write.includes('domain'))).toBe(true)
    expect(deletionsFor('a', 'localhost', '/').every((write) => !write.includes('domain'))).toBe(true)
  })
})

describe('deleteCookies (a real cookie jar: jsdom)', () => {
  it('removes copies on the parent domain and on deeper paths that a default delete leaves alive', () => {
    expect(location.href).toBe('https://www.shop.example.com/de/cart/item/')
    document.cookie = '_ga=GA1.1; domain=example.com; path=/'
    document.cookie = '_ga_XYZ=GS1; domain=shop.example.com; path=/'
    document.cookie = '_fbp=fb.1; path=/de/cart'
    document.cookie = '_hjSession_1=x; path=/de/cart/item/'
    document.cookie = 'theme=dark; path=/'
    document.cookie = '_ga=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
    expect(document.cookie).toContain('_ga=GA1.1')

    const deleted = deleteCookies(
      document,
      [{ name: '_ga', duration: '13 months' }, { pattern: '^_ga_', duration: '13 months' }, { name: '_fbp', duration: '3 months' }, { pattern: '^_hjSession_', duration: '30 minutes' }],
      { hostname: 'www.shop.example.com', pathname: '/de/cart/item/' },
    )
    expect(deleted.sort()).toEqual(['_fbp', '_ga', '_ga_XYZ', '_hjSession_1'])
    expect(document.cookie).toBe('theme=dark')
  })
})
