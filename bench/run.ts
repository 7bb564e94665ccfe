import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, platform, release, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { buildC15tPage } from './build-peers'
import { runCollector } from './collector-ingest'
import { renderReport } from './report'
import { benchSdks } from './sdks'
import { createBenchServer, listenInRange } from './server'
import { topSources } from './size/attribution'
import { compressedSizes } from './size/compressed'
import { type SdkSummary, summarize } from './summary'
import { type FirstVisit, firstVisit, type ReturningVisit, returningVisit } from './visit'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const benchDir = join(root, 'bench')
const buildDir = join(root, 'node_modules/.cache/consentry-bench')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CPU_SLOWDOWN = 4

/** The checkout dist/ comes from, as far as git knows (dist/ itself is not committed). */
const buildOf = (cwd: string): string => {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()
    const dirty = git('status', '--porcelain', '--', 'src', 'rollup.config.ts') !== ''
    return `\`dist/\` of the working tree at commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ', with uncommitted changes in `src/`' : ''}`
  } catch {
    return '`dist/` (not a git checkout)'
  }
}

const option = (args: string[], name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback
}

/**
 * `npm run bench [-- --runs 15 --only consentry,klaro --out BENCHMARKS.md]`: every SDK's page, visited
 * first and again `runs` times in round-robin order (so drift in machine load spreads over all SDKs),
 * then BENCHMARKS.md. Raw figures go to node_modules/.cache/consentry-bench/results.json.
 */
export const main = async (args: string[]): Promise<number> => {
  const started = Date.now()
  const startLoad = loadavg()[0]
  const runs = Number(option(args, 'runs', process.env.BENCH_RUNS ?? '15'))
  const only = option(args, 'only', '').split(',').filter(Boolean)
  const out = resolve(root, option(args, 'out', 'BENCHMARKS.md'))
  if (!existsSync(join(root, 'dist/consentry.js'))) {
    console.error('bench: dist/consentry.js is missing; run `npm run build` first')
    return 1
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`bench: no Chromium at ${CHROMIUM}; install it or set CHROMIUM_PATH`)
    return 1
  }
  mkdirSync(buildDir, { recursive: true })
  await buildC15tPage(join(benchDir, 'peers/c15t-page.js'), buildDir)
  const sdks = benchSdks(root, buildDir).filter((sdk) => only.length === 0 || only.includes(sdk.id))
  const server = createBenchServer(benchDir, sdks)
  const port = await listenInRange(server)
  const origin = `http://127.0.0.1:${port}`
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const firsts = new Map<string, FirstVisit[]>(sdks.map((sdk) => [sdk.id, []]))
  const returns = new Map<string, ReturningVisit[]>(sdks.map((sdk) => [sdk.id, []]))
  const errors = new Map<string, string[]>(sdks.map((sdk) => [sdk.id, []]))
  try {
    for (let run = 1; run <= runs; run++) {
      for (const sdk of sdks) {
        // A page that failed its first run (e.g. a part not built yet) would only time out again.
        if (run > 1 && firsts.get(sdk.id)?.length === 0) continue
        try {
          const first = await firstVisit(browser, origin, sdk, CPU_SLOWDOWN)
          firsts.get(sdk.id)?.push(first)
          if (first.storage) returns.get(sdk.id)?.push(await returningVisit(browser, origin, sdk, first.storage, CPU_SLOWDOWN))
        } catch (error) {
          errors.get(sdk.id)?.push(`run ${run}: ${(error as Error).message.split('\n')[0]}`)
        }
      }
      console.log(`bench: run ${run}/${runs} done (${((Date.now() - started) / 1000).toFixed(0)} s)`)
    }
    const summaries: SdkSummary[] = sdks.map((sdk) => {
      const inline = ['head', 'tags'].map((part) => readFileSync(join(benchDir, 'pages', `${sdk.id}.${part}.html`), 'utf8')).join('\n')
      return summarize(sdk, compressedSizes(inline).gzip, firsts.get(sdk.id) ?? [], returns.get(sdk.id) ?? [], errors.get(sdk.id) ?? [])
    })
    const endLoad = loadavg()[0]
    const collector = await runCollector(benchDir)
    const cpu = cpus()
    const report = renderReport(
      summaries,
      {
        date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
        cores: cpu.length,
        memoryGb: Math.round(totalmem() / 1e9),
        os: `${platform()} ${release()}`,
        node: process.version,
        browser: `Chromium ${browser.version()}`,
        cpuSlowdown: CPU_SLOWDOWN,
        runs,
        durationS: (Date.now() - started) / 1000,
        load: [startLoad, endLoad],
        build: buildOf(root),
      },
      collector,
      ['consentry.js', 'consentry-ui.js'].map((name) => {
        const file = join(root, 'dist', name)
        return { file: `dist/${name}`, bytes: existsSync(file) ? readFileSync(file).length : 0, sources: topSources(file, 10) }
      }),
    )
    writeFileSync(out, report)
    writeFileSync(join(buildDir, 'results.json'), JSON.stringify({ summaries, firsts: Object.fromEntries(firsts), returns: Object.fromEntries(returns) }, null, 2))
    console.log(`bench: wrote ${out}`)
    return 0
  } finally {
    await browser.close()
    server.close()
  }
}
