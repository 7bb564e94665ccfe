import type { ResolvedConfig } from '../config/types'
import type { ConsentEvent, ConsentRecord, ConsentState, Prompt } from './types'

const DAY = 86_400
/** Clocks drift; a record a little in the future is fine, one far in the future was forged or broken. */
const MAX_CLOCK_SKEW = 600

export interface Assessment {
  /** The record still in force, or `null` when the visitor must be asked. */
  current: ConsentRecord | null
  prompt: Prompt | null
  /** A lapsed record whose choices pre-fill the form when asking again. */
  lapsed: ConsentRecord | null
}

/** Should the visitor be asked, and why? `now` is Unix seconds. */
export const assess = (record: ConsentRecord | null, config: ResolvedConfig, now: number): Assessment => {
  if (!record || record.updatedAt > now + MAX_CLOCK_SKEW) return { current: null, prompt: 'first', lapsed: null }
  if (record.revision !== config.revision) return { current: null, prompt: 'revision', lapsed: record }
  const days = record.categories.length ? config.cookie.expiresDays : config.refusalDays
  if (now - record.updatedAt > days * DAY) return { current: null, prompt: 'expired', lapsed: record }
  return { current: record, prompt: null, lapsed: null }
}

/** The category a service is declared in (`''` for an unknown service). */
export const categoryOfService = (config: ResolvedConfig, service: string | undefined): string =>
  config.categoryIds.find((id) => config.categories[id].services.some((s) => s.id === service)) ?? ''

/** Per-category and per-service booleans for a record (or for nothing: everything but necessary off). */
export const choicesOf = (record: Pick<ConsentRecord, 'categories' | 'services'> | null, config: ResolvedConfig) => {
  const choices: Record<string, boolean> = {}
  const services: Record<string, boolean> = {}
  for (const id of config.categoryIds) {
    choices[id] = id === 'necessary' || !!record?.categories.includes(id)
    for (const service of config.categories[id].services) {
      services[service.id] = id === 'necessary' || (choices[id] && !!record?.services.includes(service.id))
    }
  }
  return { choices, services }
}

/** The public state for an assessment. */
export const stateOf = (assessment: Assessment, config: ResolvedConfig, gpc: boolean): ConsentState => {
  const record = assessment.current
  return {
    decided: !!record,
    ...choicesOf(record, config),
    consentId: record?.consentId ?? null,
    updatedAt: record ? new Date(record.updatedAt * 1000).toISOString() : null,
    revision: record?.revision ?? config.revision,
    policyVersion: record?.policyVersion ?? config.policyVersion,
    gpc,
    prompt: assessment.prompt,
    previous: assessment.lapsed && choicesOf(assessment.lapsed, config),
  }
}

/** Keys whose value turned from false to true (`granted`) and from true to false (`withdrawn`). */
export const diff = (before: Record<string, boolean>, after: Record<string, boolean>) => {
  const keys = Object.keys(after)
  return { granted: keys.filter((key) => after[key] && !before[key]), withdrawn: keys.filter((key) => !after[key] && before[key]) }
}

/** Classifies a change the way the receipt schema does. */
export const classify = (before: ConsentState, after: ConsentState, fromSignal: boolean): ConsentEvent => {
  if (fromSignal) return 'signal'
  if (!before.decided) {
    if (before.prompt === 'revision' || before.prompt === 'expired') return 'renew'
    return Object.keys(after.choices).some((id) => id !== 'necessary' && after.choices[id]) ? 'grant' : 'refuse'
  }
  return diff(before.choices, after.choices).withdrawn.length || diff(before.services, after.services).withdrawn.length
    ? 'withdraw'
    : 'update'
}
