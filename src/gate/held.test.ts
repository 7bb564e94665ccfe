// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../config/resolve'
import { heldIn, isHeld, ownerOf } from './held'

const config = resolveConfig({ categories: { marketing: { services: [{ id: 'video', name: 'Video' }] } } })

describe('held markup', () => {
  it('finds held scripts and media in document order, and nothing else', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="performance" id="a"></script>
      <script data-category="performance" id="runs"></script>
      <iframe data-service="video" data-src="https://video.example/1" id="b"></iframe>
      <img data-src="/lazy.jpg" id="lazy-loader-not-ours">
      <div id="c-parent"><img data-category="marketing" data-src="/p.gif" id="c"></div>
      <link data-category="functional" data-href="/w.css" id="d">`
    expect(heldIn(document).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd'])
    expect(heldIn(document.getElementById('c')!).map((e) => e.id)).toEqual(['c'])
    expect(isHeld(document.getElementById('runs')!)).toBe(false)
  })

  it('takes the category from data-category, or from the service declared in the config', () => {
    const element = (html: string) => {
      document.body.innerHTML = html
      return document.body.firstElementChild!
    }
    expect(ownerOf(element('<iframe data-service="video"></iframe>'), config)).toEqual({ category: 'marketing', service: 'video' })
    expect(ownerOf(element('<script data-category="performance"></script>'), config)).toEqual({ category: 'performance', service: undefined })
    expect(ownerOf(element('<script data-service="unknown"></script>'), config)).toEqual({ category: '', service: 'unknown' })
  })
})
