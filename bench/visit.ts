import type { Browser, BrowserContext, CDPSession, Page, Response } from '@playwright/test'
import { compressedSizes, type Sizes } from './size/compressed'
import { clickAcceptAll, installProbe, type ProbeRecord } from './probe'
import type { BenchSdk } from './sdks'

/** A file the SDK made the browser fetch (the page document and the held tags are not the SDK's). */
export interface Fetched extends Sizes {
  path: string
}

export interface FirstVisit {
  fetched: Fetched[]
  bannerPaint: number | null
  /** `ScriptDuration` of the CDP Performance domain: all script compile + run on the main thread. */
  scriptMs: number
  /** Sum of (long task − 50 ms) from navigation until the metrics are read. */
  blockingMs: number
  heapBytes: number
  cls: number
  /** Tags that ran before any choice: must be none for an SDK that holds them. */
  tagsBeforeChoice: string[]
  /** Click on "Accept all" → the later of the two held tags running. */
  acceptToTagsMs: number | null
  storage: Awaited<ReturnType<BrowserContext['storageState']>> | null
}

export interface ReturningVisit {
  fetched: Fetched[]
  /** Navigation start → both allowed tags ran. */
  tagsMs: number | null
  bannerShown: boolean
}

const HELD_TAGS = ['analytics', 'marketing']
const SETTLE_MS = 1000
const TIMEOUT_MS = 15_000

const throttled = async (page: Page, cpuSlowdown: number): Promise<CDPSession> => {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  await cdp.send('Performance.enable')
  return cdp
}

/** Records every response of the SDK's own files; their bodies are read once the visit is over. */
const recordFetches = (page: Page, sdk: BenchSdk) => {
  const responses: Response[] = []
  page.on('response', (response) => {
    const { pathname } = new URL(response.url())
    if (pathname.startsWith(`/${sdk.id}/`) && pathname !== `/${sdk.id}/`) responses.push(response)
  })
  return async (): Promise<Fetched[]> =>
    Promise.all(responses.map(async (response) => ({ path: new URL(response.url()).pathname, ...compressedSizes(await response.body()) })))
}

const metric = async (cdp: CDPSession, name: string): Promise<number> => {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return metrics.find((entry) => entry.name === name)?.value ?? Number.NaN
}

const probeOf = (page: Page) => page.evaluate(() => (window as unknown as { __bench: ProbeRecord }).__bench)

const tagsRan = (page: Page, timeout: number) =>
  page
    .waitForFunction((names) => names.every((name) => (window as unknown as { __bench: ProbeRecord }).__bench.tags[name] !== undefined), HELD_TAGS, {
      timeout,
      polling: 'raf',
    })
    .then(
      () => true,
      () => false,
    )

/**
 * A first visit in a fresh context (cold cache, no cookies): banner paint, script and heap cost, CLS; then
 * "Accept all" is clicked and the held tags are awaited. The context's storage is kept for the return.
 */
export const firstVisit = async (browser: Browser, origin: string, sdk: BenchSdk, cpuSlowdown: number): Promise<FirstVisit> => {
  const context = await browser.newContext()
  try {
    await context.addInitScript(installProbe, sdk.banner)
    const page = await context.newPage()
    const cdp = await throttled(page, cpuSlowdown)
    const fetched = recordFetches(page, sdk)
    await page.goto(`${origin}/${sdk.id}/`, { waitUntil: 'load' })
    if (sdk.banner) await page.waitForFunction(() => (window as unknown as { __bench: ProbeRecord }).__bench.bannerPaint !== null, null, { timeout: TIMEOUT_MS })
    else await tagsRan(page, TIMEOUT_MS)
    await page.waitForTimeout(SETTLE_MS)
    await cdp.send('HeapProfiler.collectGarbage')
    const scriptMs = (await metric(cdp, 'ScriptDuration')) * 1000
    const heapBytes = await metric(cdp, 'JSHeapUsedSize')
    const before = await probeOf(page)
    const result: FirstVisit = {
      fetched: [],
      bannerPaint: before.bannerPaint,
      scriptMs,
      blockingMs: before.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
      heapBytes,
      cls: before.cls,
      tagsBeforeChoice: sdk.banner ? Object.keys(before.tags) : [],
      acceptToTagsMs: null,
      storage: null,
    }
    if (sdk.banner) {
      const clickedAt = await page.evaluate(clickAcceptAll, sdk.banner)
      if (clickedAt === null) throw new Error(`bench: no "Accept all" button in ${sdk.label}'s banner (${sdk.banner})`)
      if (await tagsRan(page, TIMEOUT_MS)) {
        const { tags } = await probeOf(page)
        result.acceptToTagsMs = Math.max(...HELD_TAGS.map((name) => tags[name])) - clickedAt
      }
      // Let the SDK finish writing its choice before the storage is copied for the returning visit.
      await page.waitForTimeout(200)
      result.storage = await context.storageState()
    }
    result.fetched = await fetched()
    return result
  } finally {
    await context.close()
  }
}

/** A returning visit: a fresh context (cold cache) holding the first visit's cookies and storage. */
export const returningVisit = async (
  browser: Browser,
  origin: string,
  sdk: BenchSdk,
  storage: NonNullable<FirstVisit['storage']>,
  cpuSlowdown: number,
): Promise<ReturningVisit> => {
  const context = await browser.newContext({ storageState: storage })
  try {
    await context.addInitScript(installProbe, sdk.banner)
    const page = await context.newPage()
    await throttled(page, cpuSlowdown)
    const fetched = recordFetches(page, sdk)
    await page.goto(`${origin}/${sdk.id}/`, { waitUntil: 'load' })
    const ran = await tagsRan(page, TIMEOUT_MS)
    await page.waitForTimeout(SETTLE_MS)
    const probe = await probeOf(page)
    return {
      fetched: await fetched(),
      tagsMs: ran ? Math.max(...HELD_TAGS.map((name) => probe.tags[name])) : null,
      bannerShown: probe.bannerPaint !== null,
    }
  } finally {
    await context.close()
  }
}
