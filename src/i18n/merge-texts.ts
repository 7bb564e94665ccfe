import { isObject } from '../config/object'

/**
 * Lays a site's overrides over built-in texts. Only strings are taken (rendered as text, never HTML);
 * anything else is reported and skipped, so a broken translation never breaks the banner.
 */
export const mergeTexts = <T extends object>(base: T, overrides: unknown, report: (message: string) => void = () => {}, path = 'translations'): T => {
  const merge = (into: Record<string, unknown>, from: unknown, at: string): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...into }
    if (!isObject(from)) return out
    for (const [key, value] of Object.entries(from)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue
      const where = `${at}.${key}`
      if (typeof value === 'string') out[key] = value
      else if (isObject(value) && typeof into[key] !== 'string') out[key] = merge(isObject(into[key]) ? into[key] : {}, value, where)
      else report(`consentry: ${where} must be a string or an object of strings (got ${typeof value})`)
    }
    return out
  }
  return merge(base as Record<string, unknown>, overrides, path) as T
}
