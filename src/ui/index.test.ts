import { describe, expect, it } from 'vitest'
import { validateConfig } from '../config/validate'
import * as ui from './index'
import type { Texts, UiOptions } from './index'

describe('consentry/ui public API', () => {
  it('exports exactly the documented functions', () => {
    expect(Object.keys(ui).sort()).toEqual([
      'LANGUAGES',
      'TEXT_LOADERS',
      'baseLanguageOf',
      'canonicalJson',
      'canonicalShown',
      'directionOf',
      'isBuiltIn',
      'mergeTexts',
      'mountUi',
      'pickLanguage',
      'startUi',
    ])
  })

  it('rejects misspelt options at compile time', () => {
    // @ts-expect-error layouts are bar, box or modal
    const layout: UiOptions = { lang: 'en', layout: 'sidebar' }
    // @ts-expect-error every category text needs a description
    const texts: Partial<Texts> = { categories: { performance: { title: 'Analytics' } } }
    expect([layout, texts]).toHaveLength(2)
  })
})

describe('config.ui', () => {
  it('is validated with errors that name the key and what was expected', () => {
    const { errors } = validateConfig({ ui: { layout: 'sidebar', theme: 'sepia', nonce: 'a b', colour: 'red' } })
    expect(errors).toEqual([
      'consentry: ui.layout must be one of "bar", "box", "modal" (got "sidebar")',
      'consentry: ui.theme must be one of "light", "dark", "auto" (got "sepia")',
      'consentry: ui.nonce must be a CSP nonce (got "a b")',
      expect.stringContaining('ui.colour'),
    ])
  })

  it('accepts the documented values', () => {
    expect(validateConfig({ ui: { layout: 'box', theme: 'dark', nonce: 'r4nd0m+/=' } }).errors).toEqual([])
  })
})
