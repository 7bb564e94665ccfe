import { formatKb } from './size/compressed'
import type { SdkSummary } from './summary'

export interface Environment {
  date: string
  cpu: string
  cores: number
  memoryGb: number
  os: string
  node: string
  browser: string
  cpuSlowdown: number
  runs: number
  durationS: number
  /** The checkout dist/ comes from, and whether src/ had uncommitted changes. */
  build: string
  /** 1-minute load average at the start and the end: other work on the machine skews timings. */
  load: [number, number]
}

/** The collector's ingest benchmark, when the collector ships one (`bench/collector-throughput.*`). */
export type CollectorResult =
  | { status: 'measured'; receiptsPerSecond: number; lost: number; duplicated: number; detail?: string }
  | { status: 'not measured'; reason: string }

const ms = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(0)} ms`)
const kb = (value: number | null) => (value === null ? 'n/a' : formatKb(value))
const heap = (value: number | null) => (value === null ? 'n/a' : `${(value / 1e6).toFixed(2)} MB`)
const cls = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3))

/** Consentry's figure over the best (lowest) peer's, with the peer named. */
export const ratioToBestPeer = (summaries: SdkSummary[], value: (summary: SdkSummary) => number | null): { ratio: number | null; best: SdkSummary | null } => {
  const ours = summaries.find((summary) => summary.sdk.id === 'consentry')
  const peers = summaries.filter((summary) => summary.sdk.id !== 'consentry' && summary.sdk.id !== 'baseline' && value(summary) !== null)
  const best = peers.reduce<SdkSummary | null>((lowest, summary) => (lowest === null || (value(summary) as number) < (value(lowest) as number) ? summary : lowest), null)
  const mine = ours ? value(ours) : null
  if (!best || mine === null) return { ratio: null, best }
  const theirs = value(best) as number
  return { ratio: theirs === 0 ? (mine === 0 ? 1 : Number.POSITIVE_INFINITY) : mine / theirs, best }
}

const ratioText = (summaries: SdkSummary[], value: (summary: SdkSummary) => number | null, of = ''): string => {
  const { ratio, best } = ratioToBestPeer(summaries, value)
  const what = of ? ` (${of})` : ''
  if (ratio === null || !best) return `Consentry vs. best peer${what}: n/a (not measured for Consentry or any peer).`
  if (!Number.isFinite(ratio)) return `Consentry vs. best peer${what}: ${best.sdk.label} is at 0, Consentry above.`
  return `Consentry vs. best peer${what}: **${ratio.toFixed(2)}×** ${best.sdk.label}.`
}

/** A markdown table with one row per SDK. */
const table = (summaries: SdkSummary[], head: string[], cells: (summary: SdkSummary) => string[], align = '---:'): string =>
  [
    `| SDK | ${head.join(' | ')} |`,
    `|---|${head.map(() => align).join('|')}|`,
    ...summaries.map((summary) => `| ${summary.sdk.label}${summary.sdk.version ? ` ${summary.sdk.version}` : ''} | ${cells(summary).join(' | ')} |`),
  ].join('\n')

const overBaseline = (summaries: SdkSummary[], value: (summary: SdkSummary) => number | null) => {
  const baseline = summaries.find((summary) => summary.sdk.id === 'baseline')
  const base = baseline ? value(baseline) : null
  return (summary: SdkSummary): number | null => {
    const own = value(summary)
    return own === null || base === null || summary.sdk.id === 'baseline' ? null : Math.max(0, own - base)
  }
}

export interface Target {
  goal: string
  figure: string
  met: boolean | null
  /** What would close the gap, shown when the target is missed. */
  toClose: string
}

/** The issue's targets, judged against this run. */
export const judgeTargets = (summaries: SdkSummary[]): Target[] => {
  const ours = summaries.find((summary) => summary.sdk.id === 'consentry')
  const cookieconsent = summaries.find((summary) => summary.sdk.id === 'cookieconsent')
  const scriptOwn = overBaseline(summaries, (summary) => summary.scriptMs)
  const script = ratioToBestPeer(summaries, scriptOwn)
  const paint = ratioToBestPeer(summaries, (summary) => summary.bannerPaintMs)
  const accept = ratioToBestPeer(summaries, (summary) => summary.acceptToTagsMs)
  const firstGzip = ours?.first?.gzip ?? null
  const uiOnReturn = (ours?.returning?.paths ?? []).filter((path) => /ui|i18n/.test(path))
  const compare = (ratio: number | null, limit: number) => (ratio === null ? null : ratio <= limit)
  const fileGzip = (pattern: RegExp) =>
    kb(Object.entries(ours?.first?.gzipByPath ?? {}).find(([path]) => pattern.test(path))?.[1] ?? null)
  const validateGzip = Object.entries(ours?.first?.gzipByPath ?? {}).find(([path]) => /consentry-validate\.js$/.test(path))?.[1] ?? 0
  const gap = firstGzip === null ? null : firstGzip - 12_000
  const firstVisitAdvice =
    `of ${kb(firstGzip)} (${kb(gap)} over), the embed is ${fileGzip(/consentry\.js$/)} (see the returning-visitor target), the banner UI ` +
    `${fileGzip(/consentry-ui\.js$/)}, validation ${fileGzip(/consentry-validate\.js$/)} and the language ${fileGzip(/i18n\//)}. ` +
    `Loading the validation chunk only with \`debug\` would save ${kb(validateGzip)}${firstGzip !== null && firstGzip - validateGzip <= 12_000 ? ' (enough to meet 12 KB)' : ''}, ` +
    'but a config mistake (a wrong `blocks` pattern is a leaking tag) would then pass silently on a site that never turned `debug` on, ' +
    'so it stays on first visits by choice; beyond it, the embed is the largest lever (see "Where Consentry\'s bytes go")'
  return [
    {
      goal: 'first visit (everything a visitor downloads) ≤ 12 KB gzip',
      figure: validateGzip ? `${kb(firstGzip)} (${kb((firstGzip ?? 0) - validateGzip)} without the validation chunk)` : kb(firstGzip),
      met: firstGzip === null ? null : firstGzip <= 12_000,
      toClose: firstVisitAdvice,
    },
    {
      goal: "first visit smaller than vanilla-cookieconsent's full bundle (JS + CSS)",
      figure: `${kb(firstGzip)} vs. ${kb(cookieconsent?.first?.gzip ?? null)}`,
      met: firstGzip === null || !cookieconsent?.first ? null : firstGzip < cookieconsent.first.gzip,
      toClose: 'the same cuts as for the 12 KB target',
    },
    {
      goal: 'returning visitor ≤ 3 KB gzip of JS',
      figure: kb(ours?.returning?.jsGzip ?? null),
      met: ours?.returning ? ours.returning.jsGzip <= 3_000 : null,
      toClose:
        'keep in `consentry.js` only what every page view needs — read and decode the cookie, release the allowed held tags, queue API calls — and ' +
        'load the rest as chunks when configured or on a change: Consent Mode, URL-pattern interception, the leak detector (`debug`), cookie ' +
        'cleanup on withdrawal, the receipts outbox, prompt/revision decisions and config resolution for a first visit (the biggest modules are ' +
        'listed under "Where Consentry\'s bytes go")',
    },
    {
      goal: 'returning visitor: no UI chunk fetched',
      figure: uiOnReturn.length ? uiOnReturn.join(', ') : 'none fetched',
      met: ours?.returning ? uiOnReturn.length === 0 : null,
      toClose: 'do not load the UI for a decided visitor until the preference center is opened',
    },
    {
      goal: 'script evaluation ≤ 0.7× the best peer (over the no-SDK baseline)',
      figure: script.ratio === null ? 'n/a' : `${script.ratio.toFixed(2)}× (${ms(ours ? scriptOwn(ours) : null)} vs. ${script.best?.sdk.label} ${ms(script.best ? scriptOwn(script.best) : null)})`,
      met: compare(script.ratio, 0.7),
      toClose:
        'script time follows the bytes compiled and run at load: the embed, validation and banner chunks on a first visit; the size cuts ' +
        'above (a smaller embed, validation only with `debug`) are the lever, then less work in the embed before the banner mounts',
    },
    {
      goal: 'banner paint ≤ 0.8× the best peer',
      figure: paint.ratio === null ? 'n/a' : `${paint.ratio.toFixed(2)}× (${ms(ours?.bannerPaintMs ?? null)} vs. ${paint.best?.sdk.label} ${ms(paint.best?.bannerPaintMs ?? null)})`,
      met: compare(paint.ratio, 0.8),
      toClose:
        'the banner waits for the embed, then one more round trip for the UI and language chunks (fetched in parallel) and for ' +
        'DOMContentLoaded: document `<link rel="modulepreload">` for the two chunks next to the tag so they load with the embed, and keep ' +
        "the embed's work before the banner mounts small",
    },
    {
      goal: 'main-thread blocking time 0',
      figure: ms(ours?.blockingMs ?? null),
      met: ours?.blockingMs == null ? null : ours.blockingMs === 0,
      toClose:
        'no task may exceed 50 ms at 4× slowdown: evaluate less at once (smaller chunks) and yield between engine start, tag release and UI mount',
    },
    {
      goal: 'CLS 0',
      figure: cls(ours?.cls ?? null),
      met: ours?.cls == null ? null : ours.cls === 0,
      toClose: 'keep the banner out of the flow (fixed position) and never resize page content',
    },
    {
      goal: 'accept → tags running ≤ the best peer',
      figure: accept.ratio === null ? 'n/a' : `${accept.ratio.toFixed(2)}× (${ms(ours?.acceptToTagsMs ?? null)} vs. ${accept.best?.sdk.label} ${ms(accept.best?.acceptToTagsMs ?? null)})`,
      met: compare(accept.ratio, 1),
      toClose:
        'the tags are released after the cookie is written, the banner is removed and the Consent Mode update is pushed; the update must stay first (Google\'s tags read it when they run), so the lever left is removing the banner after the release (the UI following change events after the gate instead of the state store)',
    },
  ]
}

const collectorSection = (collector: CollectorResult): string =>
  collector.status === 'measured'
    ? [
        'As reported by `runCollectorBench()` of `bench/collector-throughput.ts` (the collector\'s own benchmark).\n',
        `| receipts/s | lost | duplicated |`,
        `|---:|---:|---:|`,
        `| ${collector.receiptsPerSecond.toFixed(0)} | ${collector.lost} | ${collector.duplicated} |`,
        collector.detail ? `\n${collector.detail}` : '',
      ].join('\n')
    : `Not measured: ${collector.reason}.`

/** Each SDK's fetched files with their gzip size. */
const fileList = (sdks: SdkSummary[], visit: (summary: SdkSummary) => SdkSummary['first']): string =>
  sdks
    .map((summary) => {
      const fetched = visit(summary)
      const files = fetched ? fetched.paths.map((path) => `\`${path}\` ${formatKb(fetched.gzipByPath[path] ?? 0)}`).join(', ') : 'n/a'
      return `- ${summary.sdk.label}: ${files}`
    })
    .join('\n')

/** The biggest source modules of one built file of Consentry (minified bytes, from its source map). */
export interface Breakdown {
  file: string
  bytes: number
  sources: [string, number][]
}

const breakdownSection = (breakdowns: Breakdown[]): string =>
  breakdowns
    .filter((breakdown) => breakdown.sources.length > 0)
    .map(
      (breakdown) =>
        `\`${breakdown.file}\` (${formatKb(breakdown.bytes)} minified):\n\n| source | minified | share |\n|---|---:|---:|\n` +
        breakdown.sources.map(([source, bytes]) => `| \`${source}\` | ${formatKb(bytes)} | ${((100 * bytes) / breakdown.bytes).toFixed(0)} % |`).join('\n'),
    )
    .join('\n\n') || 'No source maps in dist/.'

/** BENCHMARKS.md, from the summaries of one run. */
export const renderReport = (summaries: SdkSummary[], env: Environment, collector: CollectorResult, breakdowns: Breakdown[] = []): string => {
  const scriptOwn = overBaseline(summaries, (summary) => summary.scriptMs)
  const heapOwn = overBaseline(summaries, (summary) => summary.heapBytes)
  const sdks = summaries.filter((summary) => summary.sdk.id !== 'baseline')
  const targets = judgeTargets(summaries)
  const problems = summaries.flatMap((summary) => [
    ...summary.errors.map((error) => `- ${summary.sdk.label}: ${error}`),
    ...(summary.leakedTags.length ? [`- ${summary.sdk.label}: held tags ran before any choice: ${summary.leakedTags.join(', ')}`] : []),
    ...(summary.returningBanners ? [`- ${summary.sdk.label}: the banner showed again on ${summary.returningBanners} returning visit(s)`] : []),
  ])
  return `# Benchmarks

Generated by \`npm run bench\` (\`bench/run.ts\`) — do not edit by hand; re-run it. Consentry is measured as
built in \`dist/\` at the time of the run, side by side with its peers on the same page.

- **Date**: ${env.date}
- **Consentry build**: ${env.build}
- **Machine**: ${env.cpu}, ${env.cores} cores, ${env.memoryGb} GB RAM, ${env.os}; Node ${env.node}
- **Browser**: ${env.browser}, headless, CPU slowed down ${env.cpuSlowdown}× (CDP \`Emulation.setCPUThrottlingRate\`)
- **Runs**: ${env.runs} per SDK, each in a fresh browser context (cold cache, no cookies); figures are medians. Whole bench: ${env.durationS.toFixed(0)} s.
- **Load**: 1-minute load average ${env.load[0].toFixed(1)} at the start, ${env.load[1].toFixed(1)} at the end (on ${env.cores} cores; other work on the machine slows every SDK alike, since runs are interleaved, but widens the spread).

## Targets

| target | this run | met |
|---|---|:---:|
${targets.map((target) => `| ${target.goal} | ${target.figure} | ${target.met === null ? 'n/a' : target.met ? '✓' : '✗'} |`).join('\n')}

${
  targets.some((target) => target.met === false)
    ? `Missed, and what would close the gap:\n\n${targets
        .filter((target) => target.met === false)
        .map((target) => `- **${target.goal}** (${target.figure}): ${target.toClose}.`)
        .join('\n')}`
    : targets.some((target) => target.met === true)
      ? 'Every target measured in this run is met.'
      : 'No target could be judged in this run (see "Checks made during the run").'
}

## The pages

One page per SDK (\`bench/pages/\`): the same shop page, the same four categories (necessary, functional,
performance/analytics, marketing), one held analytics tag and one held marketing tag (\`bench/tags/\`),
each written the way that SDK's documentation asks. Served from localhost by \`bench/server.ts\`.

${table(summaries, ['set-up'], (summary) => [summary.sdk.setup], '---')}

## Transfer size, first visit

Every file of the SDK the browser fetched (the page document and the two tags excluded). Compressed sizes
are computed from the bodies the browser received, file by file, with gzip level 9 and brotli quality 11
(the server sends them uncompressed); 1 KB = 1000 B. "inline" is what the site writes into its page for the
SDK (config, texts, held-tag markup), gzip.

${table(sdks, ['files', 'minified', 'gzip', 'brotli', 'of which JS (gzip)', 'inline (gzip)'], (summary) => [
  String(summary.first?.paths.length ?? 'n/a'),
  kb(summary.first?.raw ?? null),
  kb(summary.first?.gzip ?? null),
  kb(summary.first?.brotli ?? null),
  kb(summary.first?.jsGzip ?? null),
  kb(summary.inlineGzip),
])}

${ratioText(summaries, (summary) => (summary.sdk.id === 'baseline' ? null : summary.first?.gzip ?? null), 'gzip')}

${fileList(sdks, (summary) => summary.first)}

## Transfer size, returning visit

A visitor who accepted comes back; fresh context, so nothing is cached (the worst case: their HTTP cache expired).

${table(sdks, ['files', 'gzip', 'brotli', 'of which JS (gzip)'], (summary) => [
  String(summary.returning?.paths.length ?? 'n/a'),
  kb(summary.returning?.gzip ?? null),
  kb(summary.returning?.brotli ?? null),
  kb(summary.returning?.jsGzip ?? null),
])}

${ratioText(summaries, (summary) => (summary.sdk.id === 'baseline' ? null : summary.returning?.gzip ?? null), 'gzip')}

${fileList(sdks, (summary) => summary.returning)}

## Banner painted

From navigation start to the end of the first frame rendered with the banner in it (checked on every
animation frame in the document and open shadow roots: a box and not \`visibility: hidden\`; a message posted
from that frame marks the time after it is rendered). Fade-in animations are not waited for.

${table(sdks, ['banner painted'], (summary) => [ms(summary.bannerPaintMs)])}

${ratioText(summaries, (summary) => summary.bannerPaintMs)}

## Script evaluation

\`ScriptDuration\` of the CDP Performance domain (all script compilation and execution on the main thread)
from navigation until 1 s after the banner painted, before any click. "own" subtracts the no-SDK baseline
page; the ratio uses "own".

${table(summaries, ['script', 'own'], (summary) => [ms(summary.scriptMs), ms(scriptOwn(summary))])}

${ratioText(summaries, scriptOwn)}

## Main-thread blocking time

Sum over long tasks (PerformanceObserver \`longtask\`) of the time beyond 50 ms, from navigation until the
metrics are read (as Total Blocking Time, but without the FCP–TTI window).

${table(summaries, ['blocking'], (summary) => [ms(summary.blockingMs)])}

${ratioText(summaries, (summary) => (summary.sdk.id === 'baseline' ? null : summary.blockingMs))}

## JS heap after load

\`JSHeapUsedSize\` after a forced garbage collection, 1 s after the banner painted. "own" subtracts the
baseline page.

${table(summaries, ['heap', 'own'], (summary) => [heap(summary.heapBytes), heap(heapOwn(summary))])}

${ratioText(summaries, heapOwn)}

## Cumulative layout shift

Layout shifts (PerformanceObserver \`layout-shift\`, without recent input) from navigation until the
metrics are read, banner showing.

${table(sdks, ['CLS'], (summary) => [cls(summary.cls)])}

## Accept → held tags running

From the click on the banner's "Accept all" button (dispatched inside the page) until the later of the two
held tags ran (each tag records \`performance.now()\` when it runs).

${table(sdks, ['accept → tags'], (summary) => [ms(summary.acceptToTagsMs)])}

${ratioText(summaries, (summary) => summary.acceptToTagsMs)}

## Returning visitor: allowed tags running

From navigation start until both tags the visitor allowed have run.

${table(sdks, ['navigation → tags'], (summary) => [ms(summary.returningTagsMs)])}

${ratioText(summaries, (summary) => summary.returningTagsMs)}

## Where Consentry's bytes go

The largest source modules of the files a visitor downloads, attributed through the source maps: where
to cut to meet the size targets.

${breakdownSection(breakdowns)}

## Collector ingest rate

${collectorSection(collector)}

## Checks made during the run

${problems.length ? problems.join('\n') : '- No held tag ran before a choice, no returning visit showed a banner, every run completed.'}

## Reproduce

\`npm run bench\` (builds, then runs \`bench/run.ts\`; \`-- --runs 5\` for a quicker look). It downloads nothing:
the peers are devDependencies, c15t is bundled locally with rollup. Chromium: \`/usr/bin/chromium\` or
\`CHROMIUM_PATH\`.
`
}
