import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../config/resolve'
import type { ConsentState } from '../core/types'
import { initialDraft, toggleCategory, toggleService } from './draft'

const config = resolveConfig({
  categories: { marketing: { services: [{ id: 'pixel', name: 'Pixel' }, { id: 'video', name: 'Video' }] } },
})

const state = (over: Partial<ConsentState>): ConsentState => ({
  decided: false,
  choices: { necessary: true, functional: false, performance: false, marketing: false },
  services: { pixel: false, video: false },
  consentId: null,
  updatedAt: null,
  revision: 1,
  policyVersion: '1',
  gpc: false,
  prompt: 'first',
  previous: null,
  ...over,
})

describe('initialDraft', () => {
  it('starts from the current choice', () => {
    const draft = initialDraft(state({ decided: true, choices: { necessary: true, functional: true, performance: false, marketing: false } }))
    expect(draft.choices.functional).toBe(true)
  })
  it('starts from the lapsed choice when asking again', () => {
    const previous = { choices: { necessary: true, functional: false, performance: true, marketing: false }, services: { pixel: false, video: false } }
    expect(initialDraft(state({ prompt: 'revision', previous })).choices.performance).toBe(true)
  })
  it('does not share objects with the state', () => {
    const current = state({})
    initialDraft(current).choices.marketing = true
    expect(current.choices.marketing).toBe(false)
  })
})

describe('toggles', () => {
  const draft = initialDraft(state({}))
  it('a category takes all its services along', () => {
    expect(toggleCategory(draft, config, 'marketing', true)).toMatchObject({ choices: { marketing: true }, services: { pixel: true, video: true } })
  })
  it('a category is on while any of its services is', () => {
    const one = toggleService(draft, config, 'marketing', 'video', true)
    expect(one).toMatchObject({ choices: { marketing: true }, services: { pixel: false, video: true } })
    expect(toggleService(one, config, 'marketing', 'video', false).choices.marketing).toBe(false)
  })
  it('strictly necessary cannot be switched', () => {
    expect(toggleCategory(draft, config, 'necessary', false)).toBe(draft)
  })
})
