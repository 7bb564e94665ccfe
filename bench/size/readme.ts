import { formatKb } from './compressed'
import type { Measurement } from './measure'

// `<!-- size:embed -->4.5 KB gzip / 4.0 KB brotli<!-- /size -->`: the text between the markers is generated.
const MARKER = /<!-- size:([a-z][a-z0-9-]*) -->(.*?)<!-- \/size -->/g

/** The figure a marker shows: gzip, and brotli too where the README's author asked for it by writing it. */
export const sizeText = (gzip: number, brotli: number, withBrotli: boolean): string =>
  withBrotli ? `${formatKb(gzip)} gzip / ${formatKb(brotli)} brotli` : `${formatKb(gzip)} gzip`

/**
 * Rewrites every size marker in `text` from the measurements. Returns the new text and, for each marker
 * whose figure was wrong, why; markers naming an unknown entry are errors, markers of entries not built
 * yet are left as they are.
 */
export const updateSizeMarkers = (text: string, measurements: Measurement[]): { text: string; stale: string[]; errors: string[] } => {
  const stale: string[] = []
  const errors: string[] = []
  const byName = new Map(measurements.map((measurement) => [measurement.entry.name, measurement]))
  const updated = text.replace(MARKER, (whole, name: string, shown: string) => {
    const measurement = byName.get(name)
    if (!measurement) {
      errors.push(`README marker size:${name} names no entry of bench/size-budgets.json (known: ${[...byName.keys()].join(', ')})`)
      return whole
    }
    if (measurement.status === 'missing') return whole
    const actual = sizeText(measurement.gzip, measurement.brotli, shown.includes('brotli'))
    if (shown === actual) return whole
    stale.push(`README says "${shown}" for ${name}, the build measures "${actual}"`)
    return `<!-- size:${name} -->${actual}<!-- /size -->`
  })
  return { text: updated, stale, errors }
}
