import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

// Minified ES chunks name their static imports as `import{a}from"./x.js"`, `import"./x.js"` or
// `export*from"./x.js"`; `import("./x.js")` is lazy and deliberately not followed.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g

/** The relative modules a chunk imports statically, i.e. the files a browser fetches before running it. */
export const staticImportsOf = (source: string): string[] => [...source.matchAll(STATIC_IMPORT)].map((match) => match[1])

/**
 * Every file a browser downloads to run `roots`: the roots and, transitively, what they import statically.
 * Returns absolute paths in discovery order, each once, and the files that do not exist.
 */
export const staticImportClosure = (roots: string[]): { files: string[]; missing: string[] } => {
  const files: string[] = []
  const missing: string[] = []
  const visit = (file: string) => {
    if (files.includes(file) || missing.includes(file)) return
    if (!existsSync(file)) return void missing.push(file)
    files.push(file)
    for (const specifier of staticImportsOf(readFileSync(file, 'utf8'))) visit(resolve(dirname(file), specifier))
  }
  roots.forEach((root) => visit(resolve(root)))
  return { files, missing }
}
