import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseBudgets } from './budgets'
import { type Measurement, measureAll } from './measure'
import { updateSizeMarkers } from './readme'
import { judge } from './verdict'

export interface SizeCheck {
  measurements: Measurement[]
  /** Each one fails the check: an entry over budget, a stale or unknown README figure. */
  failures: string[]
  notes: string[]
}

/**
 * Measures the build in `root` against `root/bench/size-budgets.json` and checks the size figures in
 * `root/README.md`; with `writeReadme` it rewrites those figures instead of failing on them.
 */
export const checkSizes = async (root: string, { writeReadme = false } = {}): Promise<SizeCheck> => {
  const entries = parseBudgets(JSON.parse(readFileSync(resolve(root, 'bench/size-budgets.json'), 'utf8')))
  const measurements = await measureAll(entries, root)
  const { failures, notes } = judge(measurements)
  const readmePath = resolve(root, 'README.md')
  if (existsSync(readmePath)) {
    const readme = readFileSync(readmePath, 'utf8')
    const { text, stale, errors } = updateSizeMarkers(readme, measurements)
    failures.push(...errors)
    if (writeReadme) {
      if (text !== readme) writeFileSync(readmePath, text)
      notes.push(...stale.map((line) => `updated: ${line}`))
    } else {
      failures.push(...stale.map((line) => `${line}; run \`npm run size:readme\``))
    }
  }
  return { measurements, failures, notes }
}
