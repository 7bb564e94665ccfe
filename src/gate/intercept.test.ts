// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { interceptTags } from './intercept'

let allowed = false
const blocked = (url: string) => (!allowed && url.includes('connect.facebook.net') ? { category: 'marketing', service: 'meta-pixel' } : undefined)
const restores: (() => void)[] = []
const start = () => restores.push(interceptTags(window, blocked))
afterEach(() => {
  restores.splice(0).forEach((restore) => restore())
  allowed = false
})

describe('interceptTags', () => {
  it('turns a script given a claimed src into held markup, by property or setAttribute', () => {
    start()
    const byProperty = document.createElement('script')
    byProperty.src = 'https://connect.facebook.net/en_US/fbevents.js'
    const byAttribute = document.createElement('script')
    byAttribute.setAttribute('SRC', 'https://connect.facebook.net/signals.js')
    for (const script of [byProperty, byAttribute]) {
      expect(script.getAttribute('type')).toBe('text/plain')
      expect(script.getAttribute('data-category')).toBe('marketing')
      expect(script.getAttribute('data-service')).toBe('meta-pixel')
      expect(script.getAttribute('src')).toMatch(/^https:\/\/connect\.facebook\.net\//)
    }
  })

  it('keeps a later type change for the release instead of letting it unblock the script', () => {
    start()
    const script = document.createElement('script')
    script.src = 'https://connect.facebook.net/en_US/fbevents.js'
    script.type = 'module'
    script.setAttribute('type', 'text/javascript')
    expect(script.getAttribute('type')).toBe('text/plain')
    expect(script.getAttribute('data-type')).toBe('text/javascript')
  })

  it('parks an image or iframe address in data-src so nothing is fetched', () => {
    start()
    const pixel = new Image()
    pixel.src = 'https://connect.facebook.net/tr?id=1'
    const frame = document.createElement('iframe')
    frame.setAttribute('src', 'https://connect.facebook.net/frame')
    expect(pixel.hasAttribute('src')).toBe(false)
    expect(pixel.getAttribute('data-src')).toBe('https://connect.facebook.net/tr?id=1')
    expect(frame.hasAttribute('src')).toBe(false)
    expect(frame.getAttribute('data-service')).toBe('meta-pixel')
  })

  it('lets unclaimed and allowed URLs through untouched, and restores the originals', () => {
    start()
    const own = document.createElement('script')
    own.src = 'https://shop.example/app.js'
    expect(own.hasAttribute('type')).toBe(false)
    allowed = true
    const pixel = document.createElement('script')
    pixel.src = 'https://connect.facebook.net/en_US/fbevents.js'
    expect(pixel.hasAttribute('type')).toBe(false)
    allowed = false
    restores.splice(0).forEach((restore) => restore())
    const after = document.createElement('script')
    after.src = 'https://connect.facebook.net/en_US/fbevents.js'
    expect(after.hasAttribute('type')).toBe(false)
  })
})
