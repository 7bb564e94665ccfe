import type { ResolvedConfig } from '../config/types'
import type { ConsentState } from '../core/types'

/** The switches of an open preference center, before the visitor saves. */
export interface Draft {
  choices: Record<string, boolean>
  services: Record<string, boolean>
}

/**
 * What the switches start at: the current choice; when asking again after a revision or expiry, the
 * lapsed choice (the visitor still confirms it); otherwise everything but strictly necessary off.
 */
export const initialDraft = (state: ConsentState): Draft => {
  const from = !state.decided && state.previous ? state.previous : state
  return { choices: { ...from.choices, necessary: true }, services: { ...from.services } }
}

/** Turning a category on or off turns all of its services with it. */
export const toggleCategory = (draft: Draft, config: ResolvedConfig, id: string, on: boolean): Draft => {
  if (id === 'necessary') return draft
  const services = { ...draft.services }
  for (const service of config.categories[id]?.services ?? []) services[service.id] = on
  return { choices: { ...draft.choices, [id]: on }, services }
}

/** A category is on while any of its services is. */
export const toggleService = (draft: Draft, config: ResolvedConfig, category: string, id: string, on: boolean): Draft => {
  if (category === 'necessary') return draft
  const services = { ...draft.services, [id]: on }
  const anyOn = (config.categories[category]?.services ?? []).some((service) => services[service.id])
  return { choices: { ...draft.choices, [category]: anyOn }, services }
}
