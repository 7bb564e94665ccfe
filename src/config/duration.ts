/** A cookie lifespan as people write it: `"session"`, `"13 months"`, `"1 day"`. */
export const DURATION = /^(session|(\d{1,4}) (second|minute|hour|day|week|month|year)s?)$/

export interface Duration {
  /** `null` for a session cookie. */
  amount: number | null
  unit: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | null
}

/** Parses a declared lifespan so the UI can show it in the visitor's language; `null` if malformed. */
export const parseDuration = (text: string): Duration | null => {
  const match = DURATION.exec(text)
  if (!match) return null
  if (!match[2]) return { amount: null, unit: null }
  return { amount: Number(match[2]), unit: match[3] as Duration['unit'] }
}
