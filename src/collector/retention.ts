/** The privacy policies promise five years of proof; shorter needs an explicit, named opt-in. */
export const MIN_RETENTION_YEARS = 5

export interface RetentionOptions {
  /** Years to keep every receipt (consents and refusals alike); default 5. */
  retentionYears?: number
  /** Required to keep less than five years. */
  allowShortRetention?: boolean
}

/** The instant before which receipts have expired; throws when the retention is not allowed. */
export const retentionCutoff = (now: Date, { retentionYears = MIN_RETENTION_YEARS, allowShortRetention = false }: RetentionOptions = {}): Date => {
  if (!(retentionYears > 0)) throw new Error(`consentry collector: retentionYears must be a positive number (got ${retentionYears})`)
  if (retentionYears < MIN_RETENTION_YEARS && !allowShortRetention) {
    throw new Error(
      `consentry collector: a retention of ${retentionYears} years is below the ${MIN_RETENTION_YEARS} years of proof the privacy policy promises; ` +
        'pass allowShortRetention (--allow-short-retention) if that is really intended',
    )
  }
  const cutoff = new Date(now)
  const whole = Math.floor(retentionYears)
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - whole)
  cutoff.setTime(cutoff.getTime() - (retentionYears - whole) * 365.25 * 86_400_000)
  return cutoff
}
