// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { resolveConfig } from '../config/resolve'
import { placeholderTexts } from './placeholder'

afterEach(() => document.documentElement.removeAttribute('lang'))

describe('placeholderTexts', () => {
  it('speaks the language the banner would pick: the config first', async () => {
    expect(await placeholderTexts(resolveConfig({ language: 'de' }))).toEqual({
      text: '{name} wird erst geladen, wenn Sie es erlauben. Es kann Cookies setzen und Daten an seinen Anbieter senden.',
      button: '{name} erlauben und laden',
    })
  })

  it('then <html lang>, by its primary subtag', async () => {
    document.documentElement.lang = 'fr-CA'
    expect((await placeholderTexts(resolveConfig({}))).button).toBe('Autoriser et charger {name}')
  })

  it('lays the site’s own words over the built-in ones, string by string, for a language the site translated', async () => {
    const config = resolveConfig({ language: 'pt-BR', translations: { 'pt-BR': { placeholder: { button: 'Permitir {name}', text: 42 } } } })
    const texts = await placeholderTexts(config)
    expect(texts.button).toBe('Permitir {name}')
    expect(texts.text).toBe('{name} não é carregado até que o permita. Pode definir cookies e enviar dados ao seu fornecedor.')
  })

  it('falls back to English for a language without built-in texts', async () => {
    expect((await placeholderTexts(resolveConfig({ language: 'ja' }))).button).toBe('Allow {name} and load')
  })
})
