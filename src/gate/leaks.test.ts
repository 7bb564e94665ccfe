import { describe, expect, it } from 'vitest'
import { allowanceLog, findLeaks } from './leaks'

describe('allowanceLog', () => {
  it('knows whether an owner was allowed at a moment', () => {
    const log = allowanceLog()
    const pixel = { category: 'marketing', service: 'meta-pixel' }
    log.mark(pixel, false, 0)
    log.mark(pixel, true, 100)
    log.mark(pixel, true, 150)
    log.mark(pixel, false, 300)
    expect([50, 100, 200, 300, 400].map((at) => log.allowedAt(pixel, at))).toEqual([false, true, true, false, false])
  })

  it('follows an owner allowed, withdrawn and allowed again, and owners it never saw', () => {
    const log = allowanceLog()
    const chat = { category: 'functional', service: 'chat' }
    log.mark(chat, true, 0)
    log.mark(chat, false, 10)
    log.mark(chat, true, 20)
    log.mark(chat, false, 20)
    log.mark(chat, true, 30)
    expect([0, 5, 10, 15, 20, 25, 30, 1e9].map((at) => log.allowedAt(chat, at))).toEqual([true, true, false, false, false, false, true, true])
    expect(log.allowedAt({ category: 'marketing' }, 5)).toBe(false)
  })
})

describe('findLeaks', () => {
  it('reports requests to claimed hosts made while not allowed, and ignores unclaimed ones', () => {
    const log = allowanceLog()
    const ga = { category: 'performance', service: 'google-analytics' }
    log.mark(ga, true, 1000)
    const owner = (url: string) => (url.includes('google') ? ga : undefined)
    const leaks = findLeaks(
      [
        { name: 'https://www.google-analytics.com/g/collect?early', startTime: 12.4 },
        { name: 'https://www.google-analytics.com/g/collect?late', startTime: 1200 },
        { name: 'https://cdn.example.com/app.js', startTime: 5 },
      ],
      owner,
      log.allowedAt,
    )
    expect(leaks).toEqual([{ ...ga, url: 'https://www.google-analytics.com/g/collect?early', at: 12 }])
  })
})
