import { existsSync, readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import type { BudgetEntry } from './budgets'
import { staticImportClosure } from './closure'
import { compressedSizes, type Sizes, sumSizes } from './compressed'
import { bundleForBrowser } from './esm-bundle'

export type Measurement =
  | ({ entry: BudgetEntry; status: 'measured'; files: string[] } & Sizes)
  | { entry: BudgetEntry; status: 'missing'; missing: string[] }

/** Measures one entry against the build in `root`; an entry whose files are not built yet is `missing`. */
export const measureEntry = async (entry: BudgetEntry, root: string): Promise<Measurement> => {
  const fromRoot = (file: string) => relative(root, file)
  if (entry.bundle) {
    const file = resolve(root, entry.bundle)
    if (!existsSync(file)) return { entry, status: 'missing', missing: [entry.bundle] }
    return { entry, status: 'measured', files: [entry.bundle], ...compressedSizes(await bundleForBrowser(file)) }
  }
  const { files, missing } = staticImportClosure((entry.files ?? []).map((file) => resolve(root, file)))
  if (missing.length > 0) return { entry, status: 'missing', missing: missing.map(fromRoot) }
  return { entry, status: 'measured', files: files.map(fromRoot), ...sumSizes(files.map((file) => compressedSizes(readFileSync(file)))) }
}

export const measureAll = (entries: BudgetEntry[], root: string): Promise<Measurement[]> =>
  Promise.all(entries.map((entry) => measureEntry(entry, root)))
