import type { BenchSdk } from './sdks'
import type { Sizes } from './size/compressed'
import { median } from './stats'
import type { Fetched, FirstVisit, ReturningVisit } from './visit'

export interface Transfer extends Sizes {
  /** Of which JavaScript (gzip). */
  jsGzip: number
  paths: string[]
  /** gzip of each file (median over the runs that fetched it). */
  gzipByPath: Record<string, number>
}

/** Medians over the runs of one SDK; `null` where no run reached the metric. */
export interface SdkSummary {
  sdk: BenchSdk
  runs: number
  /** gzip of what the site writes into its page for this SDK (config, held-tag markup). */
  inlineGzip: number
  first: Transfer | null
  returning: Transfer | null
  bannerPaintMs: number | null
  scriptMs: number | null
  blockingMs: number | null
  heapBytes: number | null
  cls: number | null
  acceptToTagsMs: number | null
  returningTagsMs: number | null
  /** Held tags that ran before any choice, in any run. */
  leakedTags: string[]
  /** Returning visits that showed the banner again. */
  returningBanners: number
  errors: string[]
}

const transfer = (visits: { fetched: Fetched[] }[]): Transfer | null => {
  if (visits.length === 0) return null
  const totals = visits.map(({ fetched }) => ({
    raw: fetched.reduce((sum, file) => sum + file.raw, 0),
    gzip: fetched.reduce((sum, file) => sum + file.gzip, 0),
    brotli: fetched.reduce((sum, file) => sum + file.brotli, 0),
    jsGzip: fetched.filter((file) => file.path.endsWith('.js')).reduce((sum, file) => sum + file.gzip, 0),
  }))
  const pick = (key: keyof (typeof totals)[number]) => median(totals.map((total) => total[key])) ?? 0
  const paths = [...new Set(visits.flatMap(({ fetched }) => fetched.map((file) => file.path)))]
  const gzipByPath = Object.fromEntries(
    paths.map((path) => [path, median(visits.flatMap(({ fetched }) => fetched.filter((file) => file.path === path).map((file) => file.gzip))) ?? 0]),
  )
  return { raw: pick('raw'), gzip: pick('gzip'), brotli: pick('brotli'), jsGzip: pick('jsGzip'), paths, gzipByPath }
}

export const summarize = (sdk: BenchSdk, inlineGzip: number, firsts: FirstVisit[], returns: ReturningVisit[], errors: string[]): SdkSummary => ({
  sdk,
  runs: firsts.length,
  inlineGzip,
  first: transfer(firsts),
  returning: transfer(returns),
  bannerPaintMs: median(firsts.map((visit) => visit.bannerPaint)),
  scriptMs: median(firsts.map((visit) => visit.scriptMs)),
  blockingMs: median(firsts.map((visit) => visit.blockingMs)),
  heapBytes: median(firsts.map((visit) => visit.heapBytes)),
  cls: median(firsts.map((visit) => visit.cls)),
  acceptToTagsMs: median(firsts.map((visit) => visit.acceptToTagsMs)),
  returningTagsMs: median(returns.map((visit) => visit.tagsMs)),
  leakedTags: [...new Set(firsts.flatMap((visit) => visit.tagsBeforeChoice))],
  returningBanners: returns.filter((visit) => visit.bannerShown).length,
  errors,
})
