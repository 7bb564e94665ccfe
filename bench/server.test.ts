import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { benchSdks } from './sdks'
import { createBenchServer, listenInRange, pageFor } from './server'

const root = fileURLToPath(new URL('..', import.meta.url))
const benchDir = join(root, 'bench')
const sdks = benchSdks(root, join(root, 'node_modules/.cache/consentry-bench'))

describe('bench pages', () => {
  it('give every SDK the same page content, with its own set-up and the two tags', () => {
    const body = (html: string) => html.slice(html.indexOf('<main>'), html.indexOf('</main>'))
    const pages = sdks.map((sdk) => pageFor(benchDir, sdk))
    expect(new Set(pages.map(body)).size).toBe(1)
    // c15t declares its held tags in the script loader of its page glue, not in the markup.
    const c15tGlue = readFileSync(join(benchDir, 'peers/c15t-page.js'), 'utf8')
    sdks.forEach((sdk, index) => {
      const setup = sdk.id === 'c15t' ? pages[index] + c15tGlue : pages[index]
      expect(setup).not.toContain('<!-- sdk:')
      expect(setup).toContain('/tags/analytics.js')
      expect(setup).toContain('/tags/marketing.js')
    })
  })
})

describe('bench server', () => {
  const server = createBenchServer(benchDir, sdks)
  let origin = ''
  beforeAll(async () => {
    origin = `http://127.0.0.1:${await listenInRange(server)}`
  })
  afterAll(() => server.close())

  it('serves a page, its SDK files and the tags, uncached', async () => {
    const page = await fetch(`${origin}/klaro/`)
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(await page.text()).toContain('data-config="klaroConfig"')
    expect((await fetch(`${origin}/klaro/klaro.js`)).status).toBe(200)
    expect(await (await fetch(`${origin}/tags/analytics.js`)).text()).toContain('tags.analytics')
  })

  it('serves nothing outside an SDK directory', async () => {
    expect((await fetch(`${origin}/klaro/..%2F..%2Fpackage.json`)).status).toBe(404)
    expect((await fetch(`${origin}/baseline/package.json`)).status).toBe(404)
  })
})
