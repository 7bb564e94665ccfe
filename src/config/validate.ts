import { configRules } from './schema'
import { describe, object } from './rules'
import type { ConsentryConfig } from './types'

export interface Validated {
  /** A copy of the input with every failing key removed: safe to resolve. */
  config: ConsentryConfig
  /** One message per problem, naming the path, what was expected and what was received. */
  errors: string[]
}

/**
 * Checks a config without throwing. Every wrong key, type or value yields one message; the returned
 * config keeps everything that was right.
 *
 * @example
 * ```ts
 * validateConfig({ cookie: { expiresDays: 900 } }).errors
 * // ['consentry: cookie.expiresDays must be a whole number from 1 to 395 (got 900)']
 * ```
 */
export const validateConfig = (input: unknown): Validated => {
  const errors: string[] = []
  if (input === undefined || input === null) return { config: {}, errors }
  let copy: unknown
  try {
    copy = JSON.parse(JSON.stringify(input))
  } catch {
    copy = undefined
  }
  if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) {
    errors.push(`consentry: config must be an object of JSON values (got ${describe(input)})`)
    return { config: {}, errors }
  }
  object(configRules)(copy, '', errors)
  return { config: copy as ConsentryConfig, errors }
}

/** Thrown by the npm API when the config is wrong; `errors` lists every problem. */
export class ConsentryConfigError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'))
    this.name = 'ConsentryConfigError'
  }
}
