import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** Bytes of one file as served: raw, and compressed the way a CDN does at its best setting. */
export interface Sizes {
  raw: number
  gzip: number
  brotli: number
}

export const compressedSizes = (content: Uint8Array | string): Sizes => {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

/** Files travel compressed one by one, so a set of files costs the sum of their compressed sizes. */
export const sumSizes = (sizes: Sizes[]): Sizes =>
  sizes.reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  })

/** Sizes are written in KB of 1000 bytes (as size-limit does) with one decimal, as the README shows them. */
export const formatKb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`

/** Parses a budget such as `"4.5 KB"`, `"900 B"` or a plain byte count; `key` names it in the error. */
export const parseBytes = (value: unknown, key: string): number => {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value
  const match = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(B|KB|kB)\s*$/.exec(value) : null
  if (!match) throw new Error(`${key} must be a size such as "4.5 KB" or "900 B" (got ${JSON.stringify(value)})`)
  return Math.round(Number(match[1]) * (match[2] === 'B' ? 1 : 1000))
}
