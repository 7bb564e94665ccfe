import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkSizes } from './check'

// Base64 of random bytes compresses to about 3/4 of its length, never much further.
const incompressible = (bytes: number) => randomBytes(bytes).toString('base64').slice(0, bytes)

let root: string
const write = (path: string, content: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), content)
}
const budgets = (entries: object[]) => write('bench/size-budgets.json', JSON.stringify({ entries }))

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'consentry-size-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('checkSizes', () => {
  it('passes an entry under its budget and fails one that exceeds it, naming the entry and the excess', async () => {
    write('dist/small.js', incompressible(500))
    write('dist/big.js', incompressible(3000))
    budgets([
      { name: 'small', files: ['dist/small.js'], gzip: '1 KB' },
      { name: 'big', files: ['dist/big.js'], gzip: '2 KB' },
    ])
    const { failures, measurements } = await checkSizes(root)
    expect(measurements.map((measurement) => measurement.status)).toEqual(['measured', 'measured'])
    expect(failures).toHaveLength(1)
    expect(failures[0]).toMatch(/^big: .* exceeds its budget of 2\.0 KB \(2000 B\) by \d+ B/)
  })

  it('reports an entry that is not built yet as missing without failing, and applies the budget once it exists', async () => {
    budgets([{ name: 'ui', files: ['dist/ui.js'], gzip: '100 B' }])
    const before = await checkSizes(root)
    expect(before.failures).toEqual([])
    expect(before.notes).toEqual(['ui: missing (dist/ui.js not built yet), no budget applied'])
    write('dist/ui.js', incompressible(400))
    expect((await checkSizes(root)).failures).toEqual([expect.stringMatching(/^ui: .* exceeds its budget/)])
  })

  it('counts the chunks an entry imports statically, but not the ones it imports lazily', async () => {
    write('dist/ui.js', `import{h}from"./chunks/preact-1.js";export*from"./chunks/util-2.js";const l=()=>import("./lazy.js");${incompressible(100)}`)
    write('dist/chunks/preact-1.js', `import"./shared-3.js";${incompressible(1500)}`)
    write('dist/chunks/util-2.js', incompressible(100))
    write('dist/chunks/shared-3.js', incompressible(100))
    write('dist/lazy.js', incompressible(5000))
    budgets([{ name: 'ui', files: ['dist/ui.js'], gzip: '1 KB' }])
    const { measurements, failures } = await checkSizes(root)
    const [ui] = measurements
    expect(ui.status === 'measured' && ui.files).toEqual(['dist/ui.js', 'dist/chunks/preact-1.js', 'dist/chunks/shared-3.js', 'dist/chunks/util-2.js'])
    expect(failures).toHaveLength(1)
  })

  it('measures an npm entry as an app ships it: bundled with its dependencies', async () => {
    write('dist/esm/index.js', 'import { dep } from "./dep.js"; export const api = () => dep;')
    write('dist/esm/dep.js', `export const dep = ${JSON.stringify(incompressible(4000))};`)
    budgets([{ name: 'esm', bundle: 'dist/esm/index.js', gzip: '2 KB' }])
    const { measurements, failures } = await checkSizes(root)
    expect(measurements[0].status === 'measured' && measurements[0].gzip).toBeGreaterThan(2000)
    expect(failures).toEqual([expect.stringMatching(/^esm: .* exceeds its budget/)])
  })

  it('fails while README size figures are stale, and --write-readme makes them true', async () => {
    write('dist/embed.js', incompressible(1000))
    budgets([{ name: 'embed', files: ['dist/embed.js'], gzip: '2 KB' }])
    write('README.md', '# Lib\n\nOnly <!-- size:embed -->0.1 KB gzip / 0.1 KB brotli<!-- /size -->.\n')
    const stale = await checkSizes(root)
    expect(stale.failures).toEqual([expect.stringMatching(/^README says "0\.1 KB gzip \/ 0\.1 KB brotli" for embed, the build measures "0\.[6-9] KB gzip/)])
    await checkSizes(root, { writeReadme: true })
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toMatch(/^# Lib\n\nOnly <!-- size:embed -->0\.[6-9] KB gzip \/ 0\.[6-9] KB brotli<!-- \/size -->\.\n$/)
    expect((await checkSizes(root)).failures).toEqual([])
  })

  it('keeps a gzip-only README figure gzip-only', async () => {
    write('dist/embed.js', incompressible(1000))
    budgets([{ name: 'embed', files: ['dist/embed.js'], gzip: '2 KB' }])
    write('README.md', '<!-- size:embed -->9.9 KB gzip<!-- /size -->')
    await checkSizes(root, { writeReadme: true })
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toMatch(/^<!-- size:embed -->0\.[6-9] KB gzip<!-- \/size -->$/)
  })

  it('fails on a README marker that names no entry', async () => {
    budgets([{ name: 'embed', files: ['dist/embed.js'], gzip: '2 KB' }])
    write('README.md', '<!-- size:emebd -->1 KB<!-- /size -->')
    expect((await checkSizes(root)).failures).toEqual([expect.stringContaining('README marker size:emebd names no entry')])
  })

  it('rejects a malformed budget with an error naming the key', async () => {
    budgets([{ name: 'embed', files: ['dist/embed.js'], gzip: 'small' }])
    await expect(checkSizes(root)).rejects.toThrow('size budgets: entries[0].gzip must be a size such as "4.5 KB" or "900 B" (got "small")')
    budgets([{ name: 'embed', gzip: '1 KB' }])
    await expect(checkSizes(root)).rejects.toThrow('entries[0] (embed) needs either "files"')
  })
})
