import { formatKb } from './compressed'
import type { Measurement } from './measure'

export interface Verdict {
  /** Entries over their hard budget: each one fails the check. */
  failures: string[]
  /** Goals missed and entries not built yet: reported, never failed. */
  notes: string[]
}

/** Judges measurements against their budgets. Entries not built yet pass until they exist. */
export const judge = (measurements: Measurement[]): Verdict => {
  const failures: string[] = []
  const notes: string[] = []
  for (const measurement of measurements) {
    const { entry } = measurement
    if (measurement.status === 'missing') {
      notes.push(`${entry.name}: missing (${measurement.missing.join(', ')} not built yet), no budget applied`)
      continue
    }
    if (measurement.gzip > entry.limit) {
      failures.push(
        `${entry.name}: ${formatKb(measurement.gzip)} gzip (${measurement.gzip} B) exceeds its budget of ${formatKb(entry.limit)} ` +
          `(${entry.limit} B) by ${measurement.gzip - entry.limit} B. Make it smaller, or raise "gzip" in bench/size-budgets.json on purpose and say why.`,
      )
    }
    if (entry.target !== undefined && measurement.gzip > entry.target) {
      notes.push(`${entry.name}: ${formatKb(measurement.gzip)} gzip misses the target of ${formatKb(entry.target)} by ${measurement.gzip - entry.target} B`)
    }
  }
  return { failures, notes }
}

/** A plain-text table for the terminal. */
export const formatTable = (measurements: Measurement[]): string => {
  const rows = measurements.map((measurement) => {
    const { entry } = measurement
    const budget = formatKb(entry.limit) + (entry.target !== undefined ? ` (target ${formatKb(entry.target)})` : '')
    if (measurement.status === 'missing') return [entry.label, 'missing', '', '', budget]
    const mark = measurement.gzip > entry.limit ? '✗' : '✓'
    return [entry.label, formatKb(measurement.raw), formatKb(measurement.gzip), formatKb(measurement.brotli), `${mark} ${budget}`]
  })
  const table = [['entry', 'minified', 'gzip', 'brotli', 'gzip budget'], ...rows]
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)))
  return table.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n')
}
