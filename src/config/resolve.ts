import { isObject, listOf, objectOr, stringsOf } from './object'
import type { CategoryConfig, ConsentryConfig, CookieDeclaration, ResolvedConfig, ServiceConfig } from './types'

/** The four categories every site has, in display order. */
export const STANDARD_CATEGORIES = ['necessary', 'functional', 'performance', 'marketing'] as const

/** Ids of categories and services: what `data-category` / `data-service` attributes hold. */
export const ID = /^[a-z][a-z0-9_-]{0,31}$/

const DEFAULT_DAYS = 182

/**
 * The plain fields and their defaults. A given value is kept when it has the default's type, or, for a
 * `null` or `undefined` default, the type named in `OPTIONAL`; anything else falls back to the default.
 */
const FIELDS = { endpoint: null, policyVersion: '1', revision: 0, language: 'auto', refusalDays: DEFAULT_DAYS, gpc: true, privacyPolicyUrl: null, debug: false, baseUrl: undefined }
const COOKIE = { name: 'consentry', domain: undefined, path: '/', sameSite: 'Lax', secure: undefined, expiresDays: DEFAULT_DAYS }
const OPTIONAL: Record<string, string> = { endpoint: 'string', privacyPolicyUrl: 'string', baseUrl: 'string', domain: 'string', secure: 'boolean' }

const fields = <T extends Record<string, unknown>>(given: Record<string, unknown>, defaults: T): T => {
  const resolved: Record<string, unknown> = {}
  for (const key in defaults) resolved[key] = typeof given[key] === (OPTIONAL[key] ?? typeof defaults[key]) ? given[key] : defaults[key]
  return resolved as T
}

const service = (s: ServiceConfig): ServiceConfig => ({
  ...s,
  cookies: listOf<CookieDeclaration>(s.cookies, (c) => isObject(c) && (typeof c.name === 'string' || typeof c.pattern === 'string')),
  blocks: stringsOf(s.blocks),
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
    ...Object.keys(given).filter((id) => !STANDARD_CATEGORIES.includes(id as never) && ID.test(id)),
  ]
  const categories: ResolvedConfig['categories'] = {}
  for (const id of categoryIds) {
    const category = objectOr(given[id])
    categories[id] = {
      ...category,
      services: listOf<ServiceConfig>(category.services, (s) => isObject(s) && typeof s.id === 'string' && typeof s.name === 'string').map(service),
    }
  }
  return {
    ...(fields(config, FIELDS) as Omit<ResolvedConfig, 'categoryIds' | 'categories' | 'translations' | 'cookie' | 'raw'>),
    categoryIds,
    categories,
    translations: objectOr(config.translations),
    cookie: fields(objectOr(config.cookie), COOKIE) as ResolvedConfig['cookie'],
    raw: config,
  }
}
