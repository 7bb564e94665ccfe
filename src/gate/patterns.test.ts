import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../config/resolve'
import { compilePattern, urlOwners } from './patterns'

const matches = (pattern: string, url: string) => compilePattern(pattern)(new URL(url))

describe('compilePattern', () => {
  it('matches an exact host on any scheme and path, and nothing else', () => {
    expect(matches('connect.facebook.net', 'https://connect.facebook.net/en_US/fbevents.js')).toBe(true)
    expect(matches('connect.facebook.net', 'http://CONNECT.facebook.net/')).toBe(true)
    expect(matches('connect.facebook.net', 'https://facebook.net/')).toBe(false)
    expect(matches('connect.facebook.net', 'https://evil.connect.facebook.net.example/')).toBe(false)
  })

  it('reads "*." as the apex and every subdomain', () => {
    expect(matches('*.hotjar.com', 'https://static.hotjar.com/c/hotjar.js')).toBe(true)
    expect(matches('*.hotjar.com', 'https://a.b.hotjar.com/')).toBe(true)
    expect(matches('*.hotjar.com', 'https://hotjar.com/')).toBe(true)
    expect(matches('*.hotjar.com', 'https://nothotjar.com/')).toBe(false)
  })

  it('compares the port only when the pattern names one', () => {
    expect(matches('127.0.0.1:4402', 'http://127.0.0.1:4402/fbevents.js')).toBe(true)
    expect(matches('127.0.0.1:4402', 'http://127.0.0.1:4401/fbevents.js')).toBe(false)
    expect(matches('127.0.0.1', 'http://127.0.0.1:4401/x')).toBe(true)
  })

  it('limits a pattern with a path to that path prefix, case-sensitively', () => {
    expect(matches('www.googletagmanager.com/gtag/', 'https://www.googletagmanager.com/gtag/js?id=G-1')).toBe(true)
    expect(matches('www.googletagmanager.com/gtag/', 'https://www.googletagmanager.com/gtm.js?id=GTM-1')).toBe(false)
    expect(matches('https://www.googletagmanager.com/gtag/', 'https://www.googletagmanager.com/GTAG/js')).toBe(false)
  })
})

describe('urlOwners', () => {
  const config = resolveConfig({
    categories: {
      necessary: { services: [{ id: 'cdn', name: 'CDN', blocks: ['cdn.example.com'] }] },
      marketing: { services: [{ id: 'meta-pixel', name: 'Meta Pixel', blocks: ['connect.facebook.net'] }] },
      performance: { services: [{ id: 'hotjar', name: 'Hotjar', blocks: ['*.hotjar.com'] }] },
    },
  })
  const owner = urlOwners(config, 'https://shop.example.com/page')!

  it('names the service and category that claim a URL, resolving relative URLs against the page', () => {
    expect(owner('https://connect.facebook.net/en_US/fbevents.js')).toEqual({ category: 'marketing', service: 'meta-pixel' })
    expect(owner('//static.hotjar.com/c/hotjar.js')).toEqual({ category: 'performance', service: 'hotjar' })
    expect(owner('/local.js')).toBeUndefined()
  })

  it('never claims necessary services, non-http URLs or garbage', () => {
    expect(owner('https://cdn.example.com/lib.js')).toBeUndefined()
    expect(owner('data:text/javascript,alert(1)')).toBeUndefined()
    expect(owner('http://[bad')).toBeUndefined()
  })

  it('is null when no service declares patterns, so nothing is patched', () => {
    expect(urlOwners(resolveConfig({}), 'https://a.example/')).toBeNull()
  })
})
