import type { CookieDeclaration } from '../config/types'

/** A document-like cookie jar: `document` in the browser, a jsdom document in tests. */
export interface CookieJar {
  cookie: string
}

/** The names among `present` that the declarations cover, plus every exact name (it may hide on another path). */
export const namesToDelete = (declarations: CookieDeclaration[], present: string[]): string[] => {
  const names = new Set<string>()
  for (const { name, pattern } of declarations) {
    if (name) names.add(name)
    if (pattern) {
      try {
        const regexp = new RegExp(pattern)
        for (const candidate of present) if (regexp.test(candidate)) names.add(candidate)
      } catch {
        // An invalid pattern was already reported by validation; it simply matches nothing.
      }
    }
  }
  return [...names]
}

/** `a.b.example.com` → `a.b.example.com`, `b.example.com`, `example.com` (the browser refuses public suffixes). */
const domainsOf = (hostname: string): string[] => {
  const labels = hostname.split('.')
  if (labels.length < 2 || /^[\d.]+$|:/.test(hostname)) return []
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'))
}

/** `/shop/item` → `/`, `/shop`, `/shop/`, `/shop/item`, `/shop/item/`: every path a cookie on this page may carry. */
const pathsOf = (pathname: string): string[] => {
  let prefix = ''
  // Each prefix is longer than the one before, so no path comes twice.
  const prefixes = pathname.split('/').filter(Boolean).flatMap((part) => {
    prefix += `/${part}`
    return [prefix, `${prefix}/`]
  })
  return ['/', ...prefixes]
}

/**
 * The `document.cookie` writes that expire `name` wherever this page could have set it: host-only and on
 * each parent domain, on each path prefix. A cookie is only replaced by one with the same domain and path,
 * so deleting `_ga` with the defaults alone leaves GA's `domain=.example.com` copy alive (Klaro's bug).
 * `max-age=0` alone expires it: every browser that runs this ES2020 code honours Max-Age (RFC 6265 §5.2.2);
 * an `expires` date was only ever needed for Internet Explorer.
 */
export const deletionsFor = (name: string, hostname: string, pathname: string): string[] =>
  pathsOf(pathname).flatMap((path) => {
    const base = `${name}=; max-age=0; path=${path}`
    return [base, ...domainsOf(hostname).map((domain) => `${base}; domain=${domain}`)]
  })

export const presentNames = (jar: CookieJar): string[] =>
  jar.cookie
    .split(';')
    .map((pair) => pair.split('=')[0].trim())
    .filter(Boolean)

/** Deletes every declared cookie from `jar` on all domains and paths; returns the names it deleted. */
export const deleteCookies = (jar: CookieJar, declarations: CookieDeclaration[], location: { hostname: string; pathname: string }): string[] => {
  const present = presentNames(jar)
  const names = namesToDelete(declarations, present)
  for (const name of names) for (const write of deletionsFor(name, location.hostname, location.pathname)) jar.cookie = write
  return names.filter((name) => present.includes(name))
}
