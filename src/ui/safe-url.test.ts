import { describe, expect, it } from 'vitest'
import { safeUrl } from './safe-url'

describe('safeUrl', () => {
  const base = 'https://shop.example/cart'
  it('resolves paths and keeps http(s) URLs', () => {
    expect(safeUrl('/privacy', base)).toBe('https://shop.example/privacy')
    expect(safeUrl('http://example.org/p', base)).toBe('http://example.org/p')
  })
  it('refuses every other scheme and junk', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', '', '   ', 42, null]) expect(safeUrl(bad, base)).toBeNull()
  })
})
