import { describe, expect, it } from 'vitest'
import { LANGUAGES } from './languages'
import { TEXT_LOADERS, joinTexts } from './loaders'
import { PLACEHOLDER_LOADERS } from './placeholder-loaders'
import enPanels from './panel-texts/en'
import enRenewal from './renewal-texts/en'
import enBanner from './texts/en'
import type { Texts } from './types'

/** Every text as `path → string`, to compare languages key by key. */
const flatten = (texts: object, prefix = ''): Record<string, unknown> =>
  Object.assign(
    {},
    ...Object.entries(texts).map(([key, value]) =>
      typeof value === 'object' && value !== null ? flatten(value, `${prefix}${key}.`) : { [`${prefix}${key}`]: value },
    ),
  )

const english = flatten(joinTexts(enBanner, enRenewal, enPanels))
// Words that are the same in many languages (loanwords, product names).
const SAME_AS_ENGLISH_OK = new Set(['prefs.cookie', 'categories.marketing.title'])

describe.each(LANGUAGES)('%s texts', (lang) => {
  it('have every text English has, non-empty, and nothing else', async () => {
    const texts: Texts = (await TEXT_LOADERS[lang]()).default
    const flat = flatten(texts)
    expect(Object.keys(flat).sort()).toEqual(Object.keys(english).sort())
    for (const [key, value] of Object.entries(flat)) {
      expect(typeof value, key).toBe('string')
      expect((value as string).trim(), key).not.toBe('')
      expect(value as string, key).not.toMatch(/\bTODO\b|FIXME|[Ll]orem ipsum|[<>]/)
    }
  })

  it.skipIf(lang === 'en')('are translated, not copied from English', async () => {
    const flat = flatten((await TEXT_LOADERS[lang]()).default)
    const copied = Object.keys(english).filter((key) => !SAME_AS_ENGLISH_OK.has(key) && flat[key] === english[key])
    expect(copied).toEqual([])
  })
})

describe.each(LANGUAGES)('%s placeholder texts', (lang) => {
  it('name the service in both texts and are translated, not copied from English', async () => {
    const [texts, english] = await Promise.all([PLACEHOLDER_LOADERS[lang](), PLACEHOLDER_LOADERS.en()])
    expect(Object.keys(texts.default).sort()).toEqual(['button', 'text'])
    for (const key of ['text', 'button'] as const) {
      expect(texts.default[key], key).toContain('{name}')
      expect(texts.default[key], key).not.toMatch(/\bTODO\b|FIXME|[<>]/)
      if (lang !== 'en') expect(texts.default[key], key).not.toBe(english.default[key])
    }
  })
})
