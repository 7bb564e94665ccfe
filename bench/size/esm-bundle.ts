import nodeResolve from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import { rollup } from 'rollup'

/**
 * What an app ships when it imports an npm entry: the entry bundled with its dependencies for the browser,
 * in production mode, minified. Everything exported is kept (as size-limit does), so this is the upper
 * bound of what `import { … } from 'consentry'` costs up front; lazily imported chunks are left out.
 */
export const bundleForBrowser = async (entry: string): Promise<string> => {
  const build = await rollup({
    input: entry,
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ browser: true }),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    onwarn: () => {},
  })
  try {
    const { output } = await build.generate({ format: 'es' })
    const chunks = new Map(output.flatMap((part) => (part.type === 'chunk' ? [[part.fileName, part] as const] : [])))
    const upFront = new Set<string>()
    const visit = (name: string) => {
      if (upFront.has(name)) return
      upFront.add(name)
      chunks.get(name)?.imports.forEach(visit)
    }
    output.forEach((part) => part.type === 'chunk' && part.isEntry && visit(part.fileName))
    return [...upFront].map((name) => chunks.get(name)?.code ?? '').join('\n')
  } finally {
    await build.close()
  }
}
