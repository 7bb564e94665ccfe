import nodeResolve from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import { rollup } from 'rollup'

/**
 * c15t ships as an npm ES module for bundlers, so its page is bundled here the way a site would (one
 * minified file, production mode) into `outDir`, from packages already installed: nothing is downloaded.
 */
export const buildC15tPage = async (entry: string, outDir: string): Promise<void> => {
  const build = await rollup({
    input: { 'c15t-page': entry },
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ browser: true }),
      terser({ ecma: 2020, format: { comments: false } }),
    ],
    onwarn: () => {},
  })
  try {
    await build.write({ dir: outDir, format: 'iife', inlineDynamicImports: true, entryFileNames: '[name].js' })
  } finally {
    await build.close()
  }
}
