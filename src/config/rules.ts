/**
 * A tiny schema language for validating plain config objects. A rule checks one value, reports
 * `path must be <expected> (got <received>)` and returns whether the value may be kept; containers drop
 * the children that fail, so one wrong key never takes the rest of the config down with it.
 * Kept small because it ships in the embed.
 */
import { isObject } from './object'

export type Rule = (value: unknown, path: string, errors: string[]) => boolean

export const describe = (value: unknown): string =>
  value === undefined
    ? 'nothing'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'object' && value !== null
        ? 'an object'
        : typeof value === 'function'
          ? 'a function'
          : JSON.stringify(value).slice(0, 60)

const fail = (errors: string[], path: string, expected: string, value: unknown): false => {
  errors.push(`consentry: ${path} must be ${expected} (got ${describe(value)})`)
  return false
}

/** Passes values `test` accepts; otherwise reports `expected`. */
export const check =
  (test: (value: unknown) => boolean, expected: string): Rule =>
  (value, path, errors) =>
    test(value) || fail(errors, path, expected, value)

export const string = (expected = 'a string', pattern?: RegExp): Rule =>
  check((v) => typeof v === 'string' && (!pattern || pattern.test(v)), expected)

export const boolean: Rule = check((v) => typeof v === 'boolean', 'true or false')

export const integer = (min: number, max: number): Rule =>
  check(
    (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max,
    `a whole number from ${min} to ${max}`,
  )

export const oneOf = (...options: string[]): Rule =>
  check((v) => options.includes(v as string), `one of ${options.map((o) => `"${o}"`).join(', ')}`)

export const nullable =
  (rule: Rule): Rule =>
  (value, path, errors) =>
    value === null || rule(value, path, errors)

/** An array; items that fail are removed. */
export const arrayOf =
  (rule: Rule, expected = 'an array'): Rule =>
  (value, path, errors) => {
    if (!Array.isArray(value)) return fail(errors, path, expected, value)
    const kept = value.filter((item, i) => rule(item, `${path}[${i}]`, errors))
    value.splice(0, value.length, ...kept)
    return true
  }

/** An object keyed by ids; `keys` checks each key, `rule` each value; failing entries are removed. */
export const recordOf =
  (rule: Rule, keys?: RegExp, keyHint = ''): Rule =>
  (value, path, errors) => {
    if (!isObject(value)) return fail(errors, path, 'an object', value)
    for (const key of Object.keys(value)) {
      const keyOk = !keys || keys.test(key)
      if (!keyOk) errors.push(`consentry: ${path} key "${key}" must be ${keyHint}`)
      if (!keyOk || !rule(value[key], `${path}.${key}`, errors)) delete value[key]
    }
    return true
  }

/**
 * An object with known keys. Missing `required` keys fail the whole object; unknown or failing keys are
 * reported and removed.
 */
export const object =
  (shape: Record<string, Rule>, required: string[] = [], expected = 'an object'): Rule =>
  (value, path, errors) => {
    if (!isObject(value)) return fail(errors, path, expected, value)
    const prefix = path ? `${path}.` : ''
    let complete = true
    for (const key of required) {
      if (value[key] === undefined) {
        errors.push(`consentry: ${prefix}${key} is required`)
        complete = false
      }
    }
    for (const key of Object.keys(value)) {
      const rule = shape[key]
      if (!rule) {
        errors.push(
          `consentry: ${prefix}${key} is not a known key (expected one of ${Object.keys(shape).join(', ')})`,
        )
      }
      if (!rule || (value[key] !== undefined && !rule(value[key], prefix + key, errors))) {
        if (required.includes(key)) complete = false
        delete value[key]
      }
    }
    return complete
  }

/** Every rule in turn, stopping at the first that fails. */
export const all =
  (...rules: Rule[]): Rule =>
  (value, path, errors) =>
    rules.every((rule) => rule(value, path, errors))
