import { existsSync, readFileSync } from 'node:fs'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
const decodeSegment = (segment: string): number[] => {
  const values: number[] = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = BASE64.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) shift += 5
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return values
}

/**
 * Which source module each byte of a minified file comes from, by its source map: every generated
 * character belongs to the mapping segment that precedes it on its line. Tells where to cut when a
 * budget or target is missed. Sources are shortened to `src/…` and the package name for dependencies.
 */
export const bytesBySource = (code: string, map: { sources: string[]; mappings: string }): Map<string, number> => {
  const lines = code.split('\n')
  const totals = new Map<string, number>()
  const add = (source: string, bytes: number) => totals.set(source, (totals.get(source) ?? 0) + bytes)
  const names = map.sources.map((source) =>
    source.includes('node_modules/') ? source.replace(/.*node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1') : source.replace(/^.*?(src\/)/, '$1'),
  )
  let sourceIndex = 0
  map.mappings.split(';').forEach((line, lineIndex) => {
    const length = (lines[lineIndex] ?? '').length
    let column = 0
    const starts = (line ? line.split(',') : []).map((segment) => {
      const [columnDelta, sourceDelta] = decodeSegment(segment)
      column += columnDelta
      if (sourceDelta !== undefined) sourceIndex += sourceDelta
      return { column, source: sourceDelta === undefined ? null : names[sourceIndex] }
    })
    starts.forEach(({ column: from, source }, index) => {
      if (source !== null) add(source, (starts[index + 1]?.column ?? length) - from)
    })
  })
  return totals
}

/** The biggest sources of a built file (`file` + `file.map`), largest first; empty without a map. */
export const topSources = (file: string, count: number): [string, number][] => {
  if (!existsSync(`${file}.map`)) return []
  const totals = bytesBySource(readFileSync(file, 'utf8'), JSON.parse(readFileSync(`${file}.map`, 'utf8')))
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, count)
}
