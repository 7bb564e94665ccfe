import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkSizes } from './check'
import { formatTable } from './verdict'

/**
 * `npm run size` checks every entry of bench/size-budgets.json against dist/ and the README's size figures
 * (exit 1 when over budget or stale); `npm run size:readme` (`--write-readme`) rewrites those figures.
 */
export const main = async (args: string[]): Promise<number> => {
  const root = resolve(fileURLToPath(new URL('../..', import.meta.url)))
  const { measurements, failures, notes } = await checkSizes(root, { writeReadme: args.includes('--write-readme') })
  console.log(formatTable(measurements))
  notes.forEach((note) => console.log(`note: ${note}`))
  failures.forEach((failure) => console.error(`size: ${failure}`))
  return failures.length > 0 ? 1 : 0
}
