import { describe, expect, it } from 'vitest'
import { mergeTexts } from './merge-texts'
import { joinTexts } from './loaders'
import enPanels from './panel-texts/en'
import enRenewal from './renewal-texts/en'
import enBanner from './texts/en'
import type { Texts } from './types'

const en: Texts = joinTexts(enBanner, enRenewal, enPanels)

describe('mergeTexts', () => {
  it('overrides any string, keeps the rest, and never changes the base', () => {
    const merged = mergeTexts(en, { banner: { title: 'Cookies?' }, categories: { performance: { title: 'Analytics' } } })
    expect(merged.banner.title).toBe('Cookies?')
    expect(merged.banner.acceptAll).toBe('Accept all')
    expect(merged.categories.performance).toEqual({ title: 'Analytics', description: en.categories.performance.description })
    expect(en.banner.title).toBe('We use cookies')
  })

  it('adds texts for a site category the built-in texts do not know', () => {
    const merged = mergeTexts(en, { categories: { social: { title: 'Social media', description: 'Share buttons' } } })
    expect(merged.categories.social).toEqual({ title: 'Social media', description: 'Share buttons' })
  })

  it('reports and skips anything that is not a string, naming the path', () => {
    const errors: string[] = []
    const merged = mergeTexts(en, { banner: { title: 42, text: { nested: 'x' } } }, (m) => errors.push(m), 'translations.en')
    expect(merged.banner.title).toBe('We use cookies')
    expect(merged.banner.text).toBe(en.banner.text)
    expect(errors).toEqual([
      'consentry: translations.en.banner.title must be a string or an object of strings (got number)',
      'consentry: translations.en.banner.text must be a string or an object of strings (got object)',
    ])
  })

  it('ignores prototype keys', () => {
    const merged = mergeTexts(en, JSON.parse('{"__proto__": {"polluted": "yes"}, "banner": {"constructor": "x"}}'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype)
  })

  it('accepts no overrides at all', () => {
    expect(mergeTexts(en, undefined)).toEqual(en)
  })
})
