import type { ResolvedConfig } from '../config/types'

/** Who a held tag belongs to: the category it needs and, when declared, the service. */
export interface Owner {
  category: string
  service?: string
}

/**
 * Compiles one `blocks` pattern. A pattern names a host (`connect.facebook.net`), any subdomain and the
 * apex (`*.hotjar.com`), a host with a port (`127.0.0.1:4402`), or a host and path prefix
 * (`www.googletagmanager.com/gtag/`); a leading scheme is ignored.
 */
export const compilePattern = (pattern: string): ((url: URL) => boolean) => {
  const bare = pattern.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
  const slash = bare.indexOf('/')
  const hostPart = (slash < 0 ? bare : bare.slice(0, slash)).toLowerCase()
  const path = slash < 0 ? '/' : bare.slice(slash)
  const wildcard = hostPart.startsWith('*.')
  const host = wildcard ? hostPart.slice(2) : hostPart
  const withPort = host.includes(':')
  return (url) => {
    const candidate = withPort ? url.host : url.hostname
    return (candidate === host || (wildcard && candidate.endsWith(`.${host}`))) && url.pathname.startsWith(path)
  }
}

/**
 * Maps a URL to the service whose `blocks` patterns claim it, for every service outside `necessary`.
 * Returns `undefined` for URLs nobody claims (they are never held) and for anything that is not http(s).
 */
export const urlOwners = (config: ResolvedConfig, base: string): ((url: string) => Owner | undefined) | null => {
  const rules: [(url: URL) => boolean, Owner][] = []
  for (const category of config.categoryIds) {
    if (category === 'necessary') continue
    for (const service of config.categories[category].services) {
      for (const pattern of service.blocks ?? []) rules.push([compilePattern(pattern), { category, service: service.id }])
    }
  }
  if (!rules.length) return null
  return (raw) => {
    let url: URL
    try {
      url = new URL(raw, base)
    } catch {
      return undefined
    }
    if (!/^https?:$/.test(url.protocol)) return undefined
    return rules.find(([matches]) => matches(url))?.[1]
  }
}
