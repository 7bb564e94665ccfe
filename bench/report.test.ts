import { describe, expect, it } from 'vitest'
import { judgeTargets, ratioToBestPeer } from './report'
import type { BenchSdk } from './sdks'
import type { SdkSummary } from './summary'

const sdk = (id: string): BenchSdk => ({ id, label: id, version: '1.0.0', assets: null, banner: null, setup: '' })
const transfer = (gzip: number, jsGzip = gzip, paths = ['/x/a.js']) => ({ raw: gzip * 3, gzip, brotli: gzip, jsGzip, paths, gzipByPath: {} })
const summary = (id: string, figures: Partial<SdkSummary>): SdkSummary => ({
  sdk: sdk(id),
  runs: 15,
  inlineGzip: 0,
  first: null,
  returning: null,
  bannerPaintMs: null,
  scriptMs: null,
  blockingMs: null,
  heapBytes: null,
  cls: null,
  acceptToTagsMs: null,
  returningTagsMs: null,
  leakedTags: [],
  returningBanners: 0,
  errors: [],
  ...figures,
})

describe('ratioToBestPeer', () => {
  it('divides Consentry by the lowest peer, ignoring the baseline and peers without a figure', () => {
    const summaries = [
      summary('consentry', { bannerPaintMs: 300 }),
      summary('klaro', { bannerPaintMs: 600 }),
      summary('cookieconsent', { bannerPaintMs: 400 }),
      summary('c15t', {}),
      summary('baseline', { bannerPaintMs: 1 }),
    ]
    const { ratio, best } = ratioToBestPeer(summaries, (entry) => entry.bannerPaintMs)
    expect(ratio).toBe(0.75)
    expect(best?.sdk.id).toBe('cookieconsent')
  })

  it('has no ratio when Consentry was not measured', () => {
    expect(ratioToBestPeer([summary('consentry', {}), summary('klaro', { cls: 0 })], (entry) => entry.cls).ratio).toBeNull()
  })
})

describe('judgeTargets', () => {
  const target = (targets: ReturnType<typeof judgeTargets>, goal: string) => targets.find((entry) => entry.goal.startsWith(goal))

  it('marks a missed target with the measured figure', () => {
    const targets = judgeTargets([
      summary('consentry', { first: transfer(13_500), returning: transfer(4_200, 4_200, ['/consentry/consentry.js', '/consentry/consentry-ui.js']), blockingMs: 12 }),
      summary('cookieconsent', { first: transfer(15_500) }),
    ])
    expect(target(targets, 'first visit (everything')).toMatchObject({ figure: '13.5 KB', met: false })
    expect(target(targets, 'first visit smaller')).toMatchObject({ figure: '13.5 KB vs. 15.5 KB', met: true })
    expect(target(targets, 'returning visitor ≤ 3 KB')).toMatchObject({ figure: '4.2 KB', met: false })
    expect(target(targets, 'returning visitor: no UI')).toMatchObject({ figure: '/consentry/consentry-ui.js', met: false })
    expect(target(targets, 'main-thread blocking')).toMatchObject({ figure: '12 ms', met: false })
  })

  it('judges ratios against the best peer, and leaves unmeasured targets undecided', () => {
    const targets = judgeTargets([
      summary('consentry', { bannerPaintMs: 500, acceptToTagsMs: 20, cls: 0 }),
      summary('klaro', { bannerPaintMs: 600, acceptToTagsMs: 30, cls: 0 }),
    ])
    expect(target(targets, 'banner paint')).toMatchObject({ met: false })
    expect(target(targets, 'accept → tags')).toMatchObject({ met: true })
    expect(target(targets, 'CLS 0')).toMatchObject({ met: true })
    expect(target(targets, 'script evaluation')).toMatchObject({ met: null, figure: 'n/a' })
  })
})
