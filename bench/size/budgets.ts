import { parseBytes } from './compressed'

/** One line of `bench/size-budgets.json`: what is measured, and the most gzip bytes it may weigh. */
export interface BudgetEntry {
  /** Short id, also used by README markers: `<!-- size:embed -->…<!-- /size -->`. */
  name: string
  label: string
  /** Files a browser fetches (paths from the package root); their static imports are counted too. */
  files?: string[]
  /** An npm entry, measured as an app ships it: bundled with its dependencies and minified. */
  bundle?: string
  /** Hard budget (gzip): exceeding it fails `npm test` until it is raised on purpose. */
  limit: number
  /** A goal (gzip) from the issue; missing it is reported, never failed, so a goal can lead the code. */
  target?: number
}

const NAME = /^[a-z][a-z0-9-]*$/

/** Reads the budgets file's JSON; errors name the key and what was expected. */
export const parseBudgets = (json: unknown): BudgetEntry[] => {
  const entries = (json as { entries?: unknown })?.entries
  if (!Array.isArray(entries)) throw new Error('size budgets: "entries" must be an array of entries')
  return entries.map((raw: Record<string, unknown>, index) => {
    const key = `size budgets: entries[${index}]`
    if (typeof raw !== 'object' || raw === null) throw new Error(`${key} must be an object`)
    if (typeof raw.name !== 'string' || !NAME.test(raw.name)) throw new Error(`${key}.name must be a lower-case id such as "embed" (got ${JSON.stringify(raw.name)})`)
    const files = raw.files
    const hasFiles = Array.isArray(files) && files.length > 0 && files.every((file) => typeof file === 'string')
    const hasBundle = typeof raw.bundle === 'string'
    if (hasFiles === hasBundle) throw new Error(`${key} (${raw.name}) needs either "files" (a non-empty array of paths) or "bundle" (one path), not both`)
    const entry: BudgetEntry = {
      name: raw.name,
      label: typeof raw.label === 'string' ? raw.label : raw.name,
      limit: parseBytes(raw.gzip, `${key}.gzip`),
    }
    if (hasFiles) entry.files = files as string[]
    if (hasBundle) entry.bundle = raw.bundle as string
    if (raw.target !== undefined) entry.target = parseBytes(raw.target, `${key}.target`)
    return entry
  })
}
