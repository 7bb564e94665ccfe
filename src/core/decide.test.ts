import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../config/resolve'
import { assess, choicesOf, classify, diff, stateOf } from './decide'
import type { ConsentRecord } from './types'

const DAY = 86_400
const now = 1_800_000_000
const config = resolveConfig({
  revision: 2,
  policyVersion: 'p2',
  refusalDays: 30,
  cookie: { expiresDays: 180 },
  categories: { performance: { services: [{ id: 'ga', name: 'GA' }, { id: 'hotjar', name: 'Hotjar' }] } },
})
const record = (overrides: Partial<ConsentRecord> = {}): ConsentRecord => ({
  consentId: 'AbCdEfGhIjKlMnOpQrStUv',
  revision: 2,
  policyVersion: 'p2',
  updatedAt: now - DAY,
  categories: ['performance'],
  services: ['ga'],
  gpc: 0,
  ...overrides,
})

describe('assess', () => {
  it('asks a first-time visitor', () => {
    expect(assess(null, config, now)).toEqual({ current: null, prompt: 'first', lapsed: null })
  })
  it('keeps a current record', () => {
    expect(assess(record(), config, now).prompt).toBeNull()
  })
  it('asks again when the revision changed, keeping the earlier choice to pre-fill', () => {
    const old = record({ revision: 1 })
    expect(assess(old, config, now)).toEqual({ current: null, prompt: 'revision', lapsed: old })
  })
  it('asks again when a consent is older than expiresDays, but not a day before', () => {
    expect(assess(record({ updatedAt: now - 181 * DAY }), config, now).prompt).toBe('expired')
    expect(assess(record({ updatedAt: now - 179 * DAY }), config, now).prompt).toBeNull()
  })
  it('asks again after a refusal once refusalDays pass', () => {
    expect(assess(record({ categories: [], services: [], updatedAt: now - 31 * DAY }), config, now).prompt).toBe('expired')
    expect(assess(record({ categories: [], services: [], updatedAt: now - 29 * DAY }), config, now).prompt).toBeNull()
  })
  it('treats a record from the future as no record', () => {
    expect(assess(record({ updatedAt: now + DAY }), config, now)).toEqual({ current: null, prompt: 'first', lapsed: null })
    expect(assess(record({ updatedAt: now + 60 }), config, now).prompt).toBeNull()
  })
})

describe('choicesOf', () => {
  it('allows only necessary without a record', () => {
    expect(choicesOf(null, config)).toEqual({
      choices: { necessary: true, functional: false, performance: false, marketing: false },
      services: { ga: false, hotjar: false },
    })
  })
  it('allows a service only when its category and the service are allowed', () => {
    expect(choicesOf(record(), config).services).toEqual({ ga: true, hotjar: false })
    expect(choicesOf(record({ categories: [] }), config).services).toEqual({ ga: false, hotjar: false })
  })
})

describe('stateOf', () => {
  it('describes a decided visitor', () => {
    expect(stateOf(assess(record(), config, now), config, false)).toEqual({
      decided: true,
      choices: { necessary: true, functional: false, performance: true, marketing: false },
      services: { ga: true, hotjar: false },
      consentId: 'AbCdEfGhIjKlMnOpQrStUv',
      updatedAt: new Date((now - DAY) * 1000).toISOString(),
      revision: 2,
      policyVersion: 'p2',
      gpc: false,
      prompt: null,
      previous: null,
    })
  })
  it('offers the lapsed choices when asking again', () => {
    const state = stateOf(assess(record({ revision: 1 }), config, now), config, true)
    expect(state).toMatchObject({ decided: false, consentId: null, prompt: 'revision', gpc: true })
    expect(state.previous?.choices.performance).toBe(true)
    expect(state.choices.performance).toBe(false)
  })
})

describe('diff and classify', () => {
  const undecided = stateOf(assess(null, config, now), config, false)
  const decided = (categories: string[], services: string[] = []) =>
    stateOf(assess(record({ categories, services }), config, now), config, false)

  it('lists what was granted and withdrawn', () => {
    expect(diff({ a: false, b: true, c: true }, { a: true, b: false, c: true })).toEqual({ granted: ['a'], withdrawn: ['b'] })
  })
  it('calls a first choice with anything allowed a grant, and with nothing allowed a refusal', () => {
    expect(classify(undecided, decided(['performance']), false)).toBe('grant')
    expect(classify(undecided, decided([]), false)).toBe('refuse')
  })
  it('calls a later change that turns something off a withdrawal, else an update', () => {
    expect(classify(decided(['performance'], ['ga']), decided([]), false)).toBe('withdraw')
    expect(classify(decided(['performance'], ['ga', 'hotjar']), decided(['performance'], ['ga']), false)).toBe('withdraw')
    expect(classify(decided([]), decided(['marketing']), false)).toBe('update')
  })
  it('calls a choice after a revision bump or expiry a renewal, and a signal a signal', () => {
    const lapsed = stateOf(assess(record({ revision: 1 }), config, now), config, false)
    expect(classify(lapsed, decided([]), false)).toBe('renew')
    expect(classify(decided(['marketing']), decided([]), true)).toBe('signal')
  })
})
