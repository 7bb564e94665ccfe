import { describe, expect, it } from 'vitest'
import { LANGUAGES, baseLanguageOf, directionOf, isBuiltIn, pickLanguage } from './languages'

describe('pickLanguage', () => {
  it('takes the first wanted language that is built in, skipping "auto" and empties', () => {
    expect(pickLanguage(['auto', '', null, 'fr', 'de'])).toBe('fr')
  })
  it('matches a regional tag by its primary subtag, case-insensitively', () => {
    expect(pickLanguage(['pt-BR'])).toBe('pt')
    expect(pickLanguage(['DE-at'])).toBe('de')
  })
  it('prefers a language the site translated itself, exactly or by primary subtag', () => {
    expect(pickLanguage(['ms-MY', 'en'], ['ms'])).toBe('ms')
    expect(pickLanguage(['pt-br'], ['pt-BR'])).toBe('pt-BR')
  })
  it('falls back to English', () => {
    expect(pickLanguage(['tlh', 'xx-YY'])).toBe('en')
    expect(pickLanguage([])).toBe('en')
  })
})

describe('baseLanguageOf', () => {
  it('lays a regional translation over its language, and an unknown one over English', () => {
    expect(baseLanguageOf('de')).toBe('de')
    expect(baseLanguageOf('pt-BR')).toBe('pt')
    expect(baseLanguageOf('ms')).toBe('en')
  })
})

describe('languages', () => {
  it('are the 24 official EU languages plus Indonesian and Arabic', () => {
    expect(LANGUAGES).toHaveLength(26)
    expect(new Set(LANGUAGES).size).toBe(26)
    expect(isBuiltIn('id')).toBe(true)
    expect(isBuiltIn('ms')).toBe(false)
  })
  it('know which way they are written', () => {
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('he-IL')).toBe('rtl')
    expect(directionOf('de')).toBe('ltr')
  })
})
