import type { ConsentRecord } from '../core/types'

/**
 * The consent cookie's value: `1.<consentId>.<revision>.<policyVersion>.<updatedAt>.<gpc>.<categories>.<services>.<check>`,
 * lists joined by `~`, numbers in base 36, the policy version percent-encoded. About 60 bytes for a
 * typical choice, because the cookie rides along with every request to the site.
 *
 * `check` is a 32-bit FNV-1a hash of the rest: it catches truncation and hand edits. It is not a
 * signature — any script on the page can write any cookie — so nothing security-relevant rests on it.
 */
const MAX_LENGTH = 1024
/**
 * The whole value at once: version 1, consent ID, revision and updated-at in base 36, percent-encoded
 * policy version, GPC flag, category and service IDs joined by `~`, check.
 */
const RECORD = /^1\.([\w-]{16,64})\.([\da-z]{1,10})\.([^.]*)\.([\da-z]{1,10})\.([012])\.((?:[a-z][\da-z_-]{0,31}(?:~[a-z][\da-z_-]{0,31})*)?)\.((?:[a-z][\da-z_-]{0,31}(?:~[a-z][\da-z_-]{0,31})*)?)\.([^.]*)$/

const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(36)
}

/** `encodeURIComponent` leaves `.` and `~` as they are, but they separate the fields and list items. */
const encodePart = (text: string): string => encodeURIComponent(text).replace(/\./g, '%2E').replace(/~/g, '%7E')

export const encodeRecord = (record: ConsentRecord): string => {
  const body = [
    1,
    record.consentId,
    record.revision.toString(36),
    encodePart(record.policyVersion),
    record.updatedAt.toString(36),
    record.gpc,
    record.categories.join('~'),
    record.services.join('~'),
  ].join('.')
  return `${body}.${fnv1a(body)}`
}

/** Reads a cookie value; anything missing, malformed, oversized, of another version or altered is `null`. */
export const decodeRecord = (value: unknown): ConsentRecord | null => {
  const match = typeof value == 'string' && value.length <= MAX_LENGTH && RECORD.exec(value)
  if (!match) return null
  const [, consentId, revision, policyVersion, updatedAt, gpc, categories, services, check] = match
  if (check !== fnv1a((value as string).slice(0, (value as string).lastIndexOf('.')))) return null
  let policy: string
  try {
    policy = decodeURIComponent(policyVersion)
  } catch {
    return null
  }
  if (policy.length > 64) return null
  return {
    consentId,
    revision: parseInt(revision, 36),
    policyVersion: policy,
    updatedAt: parseInt(updatedAt, 36),
    gpc: Number(gpc) as 0 | 1 | 2,
    categories: categories ? categories.split('~') : [],
    services: services ? services.split('~') : [],
  }
}
