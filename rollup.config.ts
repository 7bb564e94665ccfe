import nodeResolve from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import typescript from '@rollup/plugin-typescript'
import MagicString from 'magic-string'
import type { Plugin, RollupOptions } from 'rollup'
import { dts } from 'rollup-plugin-dts'
import pkg from './package.json'
import { LANGUAGES } from './src/i18n/languages'

/** Everything the package depends on stays external in the npm build: apps bundle it once. */
const external = [...Object.keys(pkg.dependencies), ...Object.keys((pkg as { peerDependencies?: object }).peerDependencies ?? {})].map(
  (name) => new RegExp(`^${name}(/|$)`),
)

const ts = () => typescript({ tsconfig: './tsconfig.json', include: ['src/**/*'], exclude: ['**/*.test.ts', '**/*.test.tsx'], noEmit: false, declaration: false, noEmitOnError: true })

/** Browser bundles are production builds: nanostores reads `process.env.NODE_ENV`. */
const production = () => replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } })

/** Receipts name the SDK version that wrote them (`sdk: consentry@x.y.z`). */
const version = () => replace({ preventAssignment: true, values: { __CONSENTRY_VERSION__: JSON.stringify(pkg.version) } })

/**
 * The embed's files ship to every visitor: their source maps are written next to them but not referenced
 * (a `//# sourceMappingURL` line costs each file ~30 B gzip). Attach one in DevTools with "Add source map…".
 */
const embedMaps = 'hidden' as const

/** `module: true` for ES chunks: their top-level names are private and may be mangled too. */
const minify = (module = false) =>
  terser({
    ecma: 2020,
    module,
    // hoist_funs: function declarations move up as the language already hoists them, which compresses better.
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true, hoist_funs: true },
    mangle: { properties: { regex: /^_/ } },
    format: { comments: false },
  })

/**
 * A language chunk is one object: `export default{…}` instead of the minifier's `const e={…};export{e as default}`
 * (13–16 B gzip off every language a visitor downloads).
 */
const exportObject = (): Plugin => ({
  name: 'export-object',
  renderChunk(code, chunk) {
    const match = /^const (\w+)=(\{.*\});export\{\1 as default\};/s.exec(code)
    if (!chunk.fileName.startsWith('i18n/') || !match) return null
    const out = new MagicString(code).overwrite(0, match[0].length, `export default${match[2]};`)
    return { code: out.toString(), map: out.generateMap({ hires: true }) }
  },
})

/** The browser npm entries: `consentry` (headless core) and `consentry/ui`; `consentry/collector` is a Node build below. */
const esmEntries = { index: 'src/index.ts', ui: 'src/ui/index.ts' }

/** Node builtins and the collector's database drivers are never bundled. */
const nodeExternal = [/^node:/, /^pg(\/|$)/, /^@electric-sql\/pglite(\/|$)/]

/** The embed's lazy chunks: output name → source. */
const LAZY_CHUNKS = {
  'consentry-validate': 'src/embed/validate-chunk.ts',
  'consentry-placeholder': 'src/gate/placeholder.ts',
  'consentry-receipts': 'src/receipts/chunk.ts',
  'consentry-placement': 'src/consent-mode/placement.ts',
  'consentry-leak-watcher': 'src/gate/leak-watcher.ts',
}

const config: RollupOptions[] = [
  {
    // The <script> embed: one self-contained, minified IIFE.
    input: 'src/embed.ts',
    output: { file: 'dist/consentry.js', format: 'iife', sourcemap: embedMaps },
    plugins: [production(), version(), nodeResolve({ browser: true }), ts(), minify()],
  },
  // The embed's lazy chunks, fetched with import() only when needed. Each is built on its own, so code two
  // of them share is copied into both rather than split into a third file: one request per chunk.
  ...Object.entries(LAZY_CHUNKS).map(
    ([name, input]): RollupOptions => ({
      input: { [name]: input },
      output: {
        dir: 'dist',
        format: 'es',
        entryFileNames: '[name].js',
        // The placeholder's texts, one small chunk per language, sit with the other languages.
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/placeholder-texts/') ? 'i18n/placeholder/[name]-[hash].js' : 'chunks/[name]-[hash].js'),
        sourcemap: embedMaps,
      },
      plugins: [production(), version(), nodeResolve({ browser: true }), ts(), minify(true)],
    }),
  ),
  {
    // The first layer (plain DOM, given the engine by consentry.js), its preact panels
    // (consentry-panels.js, imported by it on demand) and one chunk per language.
    // Each language is split the same way: the banner's texts, its words for asking again (loaded with it
    // only then), and the panels' texts (loaded with the panels).
    input: {
      'consentry-ui': 'src/ui/embed-chunk.ts',
      ...Object.fromEntries(LANGUAGES.flatMap((lang) => [
          [`i18n/${lang}`, `src/i18n/texts/${lang}.ts`],
          [`i18n/renew/${lang}`, `src/i18n/renewal-texts/${lang}.ts`],
          [`i18n/panel/${lang}`, `src/i18n/panel-texts/${lang}.ts`],
        ])),
    },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'consentry-[name].js', sourcemap: embedMaps },
    // The panels chunk imports what it shares with the first layer from consentry-ui.js itself, not a third file.
    preserveEntrySignatures: 'allow-extension',
    plugins: [production(), nodeResolve({ browser: true }), ts(), minify(true), exportObject()],
  },
  {
    input: esmEntries,
    output: { dir: 'dist/esm', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    external,
    plugins: [version(), nodeResolve({ browser: true }), ts()],
  },
  {
    input: esmEntries,
    output: { dir: 'dist/types', format: 'es', entryFileNames: '[name].d.ts' },
    external,
    plugins: [dts({ tsconfig: './tsconfig.json' })],
  },
  {
    // The reference collector and its CLI run on Node; its database drivers are optional peer dependencies.
    input: { 'collector/index': 'src/collector/index.ts', 'bin/consentry-collector': 'src/collector/cli.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'collector/chunks/[name]-[hash].js', sourcemap: true },
    external: nodeExternal,
    plugins: [ts()],
  },
  {
    input: { 'collector/index': 'src/collector/index.ts' },
    output: { dir: 'dist/types', format: 'es', entryFileNames: '[name].d.ts' },
    external: nodeExternal,
    plugins: [dts({ tsconfig: './tsconfig.json' })],
  },
]

export default config
