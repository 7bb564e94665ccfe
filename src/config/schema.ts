import { CONSENT_TYPES } from '../consent-mode/signals'
import { DURATION } from './duration'
import { ID } from './resolve'
import {
  type Rule,
  arrayOf,
  boolean,
  check,
  integer,
  nullable,
  object,
  oneOf,
  recordOf,
  string,
} from './rules'

const ID_HINT = 'lowercase letters, digits, "-" or "_", starting with a letter (at most 32)'

/** Only http(s) URLs or site-relative paths: a config must never smuggle in `javascript:` links. */
const URL_PATTERN = /^(https?:\/\/[^\s/]+[^\s]*|\/(?!\/)[^\s]*)$/i
const url = string('an http(s) URL or a path starting with "/"', URL_PATTERN)

const isRegExpSource = (v: unknown): boolean => {
  if (typeof v !== 'string' || !v) return false
  try {
    new RegExp(v)
    return true
  } catch {
    return false
  }
}

const cookieFields = object(
  {
    name: string('a cookie name', /^[^\s;,=]{1,256}$/),
    pattern: check(isRegExpSource, 'a regular expression source such as "^_ga_"'),
    duration: string('a string like "13 months" or "session"', DURATION),
    purpose: string(),
  },
  ['duration'],
)

/** A declared cookie needs a `name` or a `pattern` to be matched on withdrawal. */
const cookieDeclaration: Rule = (value, path, errors) => {
  const given = value as { name?: unknown; pattern?: unknown } | null
  if (typeof given === 'object' && given !== null && given.name === undefined && given.pattern === undefined) {
    errors.push(`consentry: ${path} needs a "name" or a "pattern"`)
    return false
  }
  return cookieFields(value, path, errors) && (given!.name !== undefined || given!.pattern !== undefined)
}

export const serviceRules: Record<string, Rule> = {
  id: string(ID_HINT, ID),
  name: string('a non-empty string', /\S/),
  purpose: string(),
  provider: string(),
  party: oneOf('first', 'third'),
  cookies: arrayOf(cookieDeclaration, 'an array of cookie declarations'),
  blocks: arrayOf(string('a host or URL pattern such as "*.hotjar.com"', /^[^\s]{3,}$/)),
}

export const categoryRules: Record<string, Rule> = {
  services: arrayOf(object(serviceRules, ['id', 'name']), 'an array of services'),
  reloadOnWithdraw: boolean,
}

export const cookieRules: Record<string, Rule> = {
  name: string('a cookie name (letters, digits, "-" or "_")', /^[A-Za-z0-9_-]{1,64}$/),
  domain: string('a domain such as "example.com"', /^\.?[a-z0-9.-]+$/i),
  path: string('a path starting with "/"', /^\//),
  sameSite: oneOf('Lax', 'Strict', 'None'),
  secure: boolean,
  expiresDays: integer(1, 395),
}

/** `consentMode`: `true`, `false`, or the object form (which turns it on). */
const consentModeRule: Rule = (value, path, errors) =>
  typeof value === 'boolean' ||
  object(
    {
      waitForUpdate: integer(0, 10_000),
      regions: arrayOf(
        object(
          {
            region: arrayOf(string('an ISO 3166-2 code such as "ES" or "US-CA"', /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/)),
            granted: arrayOf(string(ID_HINT, ID)),
          },
          ['region'],
        ),
        'an array of { region: ["US-CA"], granted: ["performance"] }',
      ),
      adsDataRedaction: boolean,
      urlPassthrough: boolean,
      dataLayer: string('a JavaScript identifier such as "dataLayer"', /^[A-Za-z_$][\w$]*$/),
      mapping: recordOf(arrayOf(oneOf(...CONSENT_TYPES)), ID, ID_HINT),
    },
    [],
    'true, false or an object',
  )(value, path, errors)

/**
 * The whole config. Later features add their keys here, so an unknown key is always a typo the site
 * owner hears about.
 */
export const configRules: Record<string, Rule> = {
  endpoint: nullable(url),
  policyVersion: string('a string of 1 to 64 characters', /^.{1,64}$/s),
  revision: integer(0, 2 ** 31 - 1),
  categories: recordOf(object(categoryRules), ID, ID_HINT),
  language: string('"auto" or a language tag such as "en" or "pt-BR"', /^(auto|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/),
  translations: recordOf(
    check((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'an object of texts'),
    /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
    'a language tag such as "id" or "pt-BR"',
  ),
  cookie: object(cookieRules),
  refusalDays: integer(1, 395),
  gpc: boolean,
  privacyPolicyUrl: nullable(url),
  debug: boolean,
  baseUrl: url,
  consentMode: consentModeRule,
  ui: object({ layout: oneOf('bar', 'box', 'modal'), theme: oneOf('light', 'dark', 'auto'), nonce: string('a CSP nonce', /^[A-Za-z0-9+/=_-]{1,128}$/) }),
}
