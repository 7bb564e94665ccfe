import type { ConsentryConfig } from '../config/types'
import { ConsentryConfigError, validateConfig } from '../config/validate'
import { type Consentry, type EngineOptions, createEngine } from './engine'

export interface ConsentryOptions extends EngineOptions {
  /** What to do with config errors (default: throw a `ConsentryConfigError` listing them all). */
  onConfigErrors?: (errors: string[]) => void
}

const throwErrors = (errors: string[]): never => {
  throw new ConsentryConfigError(errors)
}

/**
 * Creates a consent engine for an app. Nothing is written until the visitor (or your code) decides.
 * A wrong config throws a `ConsentryConfigError` naming every problem, unless `onConfigErrors` is given.
 *
 * @example
 * ```ts
 * import { createConsentry } from 'consentry'
 * const consentry = createConsentry({ policyVersion: '2024-05', revision: 1 })
 * consentry.$consent.subscribe((state) => state.choices.performance && loadAnalytics())
 * ```
 */
export const createConsentry = (config: ConsentryConfig = {}, options: ConsentryOptions = {}): Consentry => {
  const { config: valid, errors } = validateConfig(config)
  if (errors.length) (options.onConfigErrors ?? throwErrors)(errors)
  return createEngine(valid, options)
}
