import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import terser from '@rollup/plugin-terser'
import { rollup } from 'rollup'
import { afterEach, expect, it } from 'vitest'
import { bytesBySource } from './attribution'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

it('attributes the bytes of a minified bundle to the modules they come from', async () => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-attribution-'))
  mkdirSync(join(dir, 'src'))
  const words = (count: number) => Array.from({ length: count }, (_, index) => `'word${index}'`).join(', ')
  writeFileSync(join(dir, 'src/big.js'), `export const big = () => [${words(200)}].join(' ')`)
  writeFileSync(join(dir, 'src/small.js'), `export const small = () => [${words(20)}].join('-')`)
  writeFileSync(join(dir, 'src/main.js'), `import { big } from './big.js'\nimport { small } from './small.js'\nconsole.log(big(), small())`)
  const build = await rollup({ input: join(dir, 'src/main.js'), plugins: [terser()] })
  const { output } = await build.generate({ format: 'iife', sourcemap: true })
  await build.close()
  const [chunk] = output
  const bytes = bytesBySource(chunk.code, chunk.map as NonNullable<typeof chunk.map>)
  expect([...bytes.keys()].sort()).toEqual(['src/big.js', 'src/main.js', 'src/small.js'])
  expect(bytes.get('src/big.js')).toBeGreaterThan(8 * (bytes.get('src/small.js') ?? 0))
  const attributed = [...bytes.values()].reduce((sum, value) => sum + value, 0)
  expect(attributed).toBeLessThanOrEqual(chunk.code.length)
  expect(attributed).toBeGreaterThan(chunk.code.length * 0.9)
})
