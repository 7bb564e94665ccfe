import { isObject, objectOr } from './object'
import type { CategoryConfig, ConsentryConfig, CookieDeclaration, ResolvedConfig, ServiceConfig } from './types'

/** The four categories every site has, in display order. */
export const STANDARD_CATEGORIES = ['necessary', 'functional', 'performance', 'marketing'] as const

const DEFAULT_DAYS = 182

const typed = <T>(value: unknown, type: string, fallback: T): T => (typeof value === type ? (value as T) : fallback)
const list = <T>(value: unknown, keep: (item: any) => boolean): T[] => (Array.isArray(value) ? value.filter(keep) : [])

const service = (s: ServiceConfig): ServiceConfig => ({
  ...s,
  cookies: list<CookieDeclaration>(s.cookies, (c) => isObject(c) && (typeof c.name === 'string' || typeof c.pattern === 'string')),
  blocks: list<string>(s.blocks, (b) => typeof b === 'string'),
})

/**
 * Applies defaults. It never throws, whatever it is given: the embed resolves configs it has not
 * validated (validation ships in a lazy chunk), so every field is type-checked and a wrong one falls
 * back to its default. Browser globals are not read here; `secure` is decided when the cookie is written.
 */
export const resolveConfig = (input: ConsentryConfig): ResolvedConfig => {
  const config = objectOr(input)
  const given: Record<string, CategoryConfig> = objectOr(config.categories)
  const categoryIds = [
    ...STANDARD_CATEGORIES,
    ...Object.keys(given).filter((id) => !STANDARD_CATEGORIES.includes(id as never) && /^[a-z][a-z0-9_-]{0,31}$/.test(id)),
  ]
  const categories: ResolvedConfig['categories'] = {}
  for (const id of categoryIds) {
    const category = objectOr(given[id])
    categories[id] = {
      ...category,
      services: list<ServiceConfig>(category.services, (s) => isObject(s) && typeof s.id === 'string' && typeof s.name === 'string').map(service),
    }
  }
  const cookie = objectOr(config.cookie)
  return {
    endpoint: typed(config.endpoint, 'string', null),
    policyVersion: typed(config.policyVersion, 'string', '1'),
    revision: typed(config.revision, 'number', 0),
    categoryIds,
    categories,
    language: typed(config.language, 'string', 'auto'),
    translations: objectOr(config.translations),
    cookie: {
      name: typed(cookie.name, 'string', 'consentry'),
      domain: typed(cookie.domain, 'string', undefined),
      path: typed(cookie.path, 'string', '/'),
      sameSite: typed(cookie.sameSite, 'string', 'Lax'),
      secure: typed(cookie.secure, 'boolean', undefined),
      expiresDays: typed(cookie.expiresDays, 'number', DEFAULT_DAYS),
    },
    refusalDays: typed(config.refusalDays, 'number', DEFAULT_DAYS),
    gpc: typed(config.gpc, 'boolean', true),
    privacyPolicyUrl: typed(config.privacyPolicyUrl, 'string', null),
    debug: typed(config.debug, 'boolean', false),
    baseUrl: typed(config.baseUrl, 'string', undefined),
    raw: config,
  }
}
