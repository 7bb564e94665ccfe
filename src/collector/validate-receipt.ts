/**
 * Strict validation of a posted receipt against schema/consent-receipt.schema.json (v1), written by hand so
 * the collector needs no validator dependency and every error names the field and what was expected.
 * `validate-receipt.test.ts` checks that it agrees with the JSON schema (ajv) case by case.
 */
import { isObject } from '../config/object'
import { STANDARD_CATEGORIES } from '../config/resolve'

/** A consent receipt v1, as the browser posts it. */
export interface ConsentReceipt {
  v: 1
  receiptId: string
  consentId: string
  ts: string
  event: 'grant' | 'refuse' | 'update' | 'withdraw' | 'renew' | 'signal'
  choices: { necessary: true; functional: boolean; performance: boolean; marketing: boolean; [category: string]: boolean }
  services?: Record<string, boolean>
  previous?: Record<string, boolean> | null
  policyVersion: string
  revision: number
  locale: string
  surface: 'banner' | 'preferences' | 'api' | 'signal'
  action?: string
  bannerHash: string
  signals?: { gpc?: boolean; consentMode?: Record<string, 'granted' | 'denied'>; [signal: string]: unknown }
  page?: string
  sdk: string
}

export type Validation = { ok: true; receipt: ConsentReceipt } | { ok: false; error: string }

const ID = /^[A-Za-z0-9_-]{16,64}$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i
const HASH = /^[a-f0-9]{64}$/
const EVENTS = ['grant', 'refuse', 'update', 'withdraw', 'renew', 'signal']
const SURFACES = ['banner', 'preferences', 'api', 'signal']
const REQUIRED = ['v', 'receiptId', 'consentId', 'ts', 'event', 'choices', 'policyVersion', 'revision', 'locale', 'surface', 'bannerHash', 'sdk']

class Invalid extends Error {}

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value === 'object' ? 'object' : String(value)

const fail = (path: string, expected: string, value: unknown): never => {
  throw new Invalid(`receipt.${path} must be ${expected} (got ${describe(value)})`)
}

/** JSON Schema's maxLength counts code points, not UTF-16 units. */
const codePoints = (text: string): number => [...text].length

const string = (path: string, value: unknown, maxLength: number): void => {
  if (typeof value !== 'string') fail(path, 'a string', value)
  if (codePoints(value as string) > maxLength) fail(path, `a string of at most ${maxLength} characters`, value)
}

const matching = (path: string, value: unknown, pattern: RegExp, expected: string): void => {
  if (typeof value !== 'string' || !pattern.test(value)) fail(path, expected, value)
}

const oneOf = (path: string, value: unknown, allowed: string[]): void => {
  if (typeof value !== 'string' || !allowed.includes(value)) fail(path, `one of ${allowed.join(', ')}`, value)
}

const booleans = (path: string, value: unknown): void => {
  if (!isObject(value)) fail(path, 'an object of booleans', value)
  for (const [key, flag] of Object.entries(value as Record<string, unknown>)) if (typeof flag !== 'boolean') fail(`${path}.${key}`, 'a boolean', flag)
}

const dateTime = (path: string, value: unknown): void => {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null
  const [, year, month, day, hour, minute, second] = (match ?? []).map(Number)
  const daysInMonth = match ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0
  const valid = match && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60
  if (!valid) fail(path, 'an ISO 8601 date-time such as 2026-11-26T18:00:00.000Z', value)
}

const checkChoices = (value: unknown): void => {
  if (!isObject(value)) fail('choices', 'an object', value)
  const choices = value as Record<string, unknown>
  for (const category of STANDARD_CATEGORIES) if (!(category in choices)) throw new Invalid(`receipt.choices.${category} is required`)
  if (choices.necessary !== true) fail('choices.necessary', 'true', choices.necessary)
  booleans('choices', choices)
}

const checkSignals = (value: unknown): void => {
  if (!isObject(value)) fail('signals', 'an object', value)
  const signals = value as Record<string, unknown>
  if ('gpc' in signals && typeof signals.gpc !== 'boolean') fail('signals.gpc', 'a boolean', signals.gpc)
  if (!('consentMode' in signals)) return
  if (!isObject(signals.consentMode)) fail('signals.consentMode', 'an object', signals.consentMode)
  for (const [type, state] of Object.entries(signals.consentMode as Record<string, unknown>)) oneOf(`signals.consentMode.${type}`, state, ['granted', 'denied'])
}

const FIELDS: Record<string, (value: unknown) => void> = {
  v: (value) => value !== 1 && fail('v', '1', value),
  receiptId: (value) => matching('receiptId', value, ID, '16–64 characters of A-Z a-z 0-9 _ -'),
  consentId: (value) => matching('consentId', value, ID, '16–64 characters of A-Z a-z 0-9 _ -'),
  ts: (value) => dateTime('ts', value),
  event: (value) => oneOf('event', value, EVENTS),
  choices: checkChoices,
  services: (value) => booleans('services', value),
  previous: (value) => value !== null && booleans('previous', value),
  policyVersion: (value) => string('policyVersion', value, 64),
  revision: (value) => (typeof value !== 'number' || !Number.isInteger(value) || value < 0) && fail('revision', 'an integer ≥ 0', value),
  locale: (value) => string('locale', value, 35),
  surface: (value) => oneOf('surface', value, SURFACES),
  action: (value) => string('action', value, 32),
  bannerHash: (value) => matching('bannerHash', value, HASH, '64 lowercase hex characters (SHA-256)'),
  signals: checkSignals,
  page: (value) => {
    string('page', value, 512)
    // Stricter than the schema on purpose: a query string or fragment can carry personal data.
    if (/[?#]/.test(value as string)) fail('page', 'an origin and path without query string or fragment', value)
  },
  sdk: (value) => string('sdk', value, 64),
}

/** Checks a parsed JSON value; never throws. */
export const validateReceipt = (value: unknown): Validation => {
  try {
    if (!isObject(value)) fail('', 'a JSON object', value)
    const receipt = value as Record<string, unknown>
    for (const key of Object.keys(receipt)) if (!(key in FIELDS)) throw new Invalid(`receipt.${key} is not a field of consent receipt v1`)
    for (const key of REQUIRED) if (!(key in receipt)) throw new Invalid(`receipt.${key} is required`)
    for (const [key, value] of Object.entries(receipt)) FIELDS[key](value)
    return { ok: true, receipt: receipt as unknown as ConsentReceipt }
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message.replace('receipt. must', 'receipt must') }
    throw error
  }
}
