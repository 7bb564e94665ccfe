// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ConsentryConfig } from '../config/types'
import { type Consentry, createEngine } from '../core/engine'
import type { ConsentChange } from '../core/types'
import { joinTexts } from '../i18n/loaders'
import dePanels from '../i18n/panel-texts/de'
import enPanels from '../i18n/panel-texts/en'
import deRenewal from '../i18n/renewal-texts/de'
import enRenewal from '../i18n/renewal-texts/en'
import deBanner from '../i18n/texts/de'
import enBanner from '../i18n/texts/en'
import type { Texts } from '../i18n/types'
import { memoryStorage } from '../storage/cookie-storage'
import { type Ui, mountUi } from './mount'

const en: Texts = joinTexts(enBanner, enRenewal, enPanels)
const de: Texts = joinTexts(deBanner, deRenewal, dePanels)

const config: ConsentryConfig = {
  policyVersion: '2026-11',
  revision: 1,
  privacyPolicyUrl: '/privacy',
  categories: {
    performance: {
      services: [{ id: 'ga', name: 'Google Analytics', provider: 'Google', party: 'third', cookies: [{ name: '_ga', duration: '13 months', purpose: 'Tells visits apart' }] }],
    },
    marketing: {
      services: [
        { id: 'pixel', name: 'Pixel', cookies: [{ pattern: '^_fb', duration: '3 months' }] },
        { id: 'video', name: 'Video', cookies: [] },
      ],
    },
  },
}

let consentry: Consentry
let ui: Ui
let changes: ConsentChange[]

const root = () => document.querySelector('consentry-ui')!.shadowRoot!
const button = (name: string, within: ParentNode = root()) =>
  [...within.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!
const dialog = () => root().querySelector('dialog')
const switchFor = (name: string) => {
  const heading = [...root().querySelectorAll('h3')].find((h) => h.textContent === name)!
  return root().querySelector<HTMLInputElement>(`input[aria-labelledby="${heading.id}"]`)!
}

/** The preference center and declaration come from a lazily imported module: let it arrive and render. */
const settled = async () => {
  await import('./panels')
  await new Promise((resolve) => setTimeout(resolve, 0))
}

const start = (extra: ConsentryConfig = {}, storage = memoryStorage(), texts = en, lang = 'en') => {
  consentry = createEngine({ ...config, ...extra }, { storage, gpc: () => false })
  changes = []
  consentry.on('change', (change) => changes.push(change))
  ui = mountUi(consentry, texts, { lang })
}

beforeEach(() => {
  document.body.innerHTML = ''
})
afterEach(() => ui?.dispose())

describe('banner', () => {
  it('shows the first layer to an undecided visitor, with the policy link and three choices', () => {
    start()
    const banner = root().querySelector('section.banner')!
    expect(banner.querySelector('h2')!.textContent).toBe('We use cookies')
    expect(banner.querySelector('a')!.getAttribute('href')).toBe(new URL('/privacy', location.href).href)
    expect([...banner.querySelectorAll('.btn')].map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Customize'])
    expect(document.activeElement).toBe(document.body)
  })

  it('Accept all records the choice with surface, action, locale and the canonical shown texts', () => {
    start()
    button('Accept all').click()
    expect(consentry.get().choices).toMatchObject({ performance: true, marketing: true })
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({ surface: 'banner', action: 'accept-all', locale: 'en' })
    expect(JSON.parse(changes[0].shown!).texts.banner.acceptAll).toBe('Accept all')
    expect(root().querySelector('section.banner')).toBeNull()
  })

  it('with only the banner texts, fetches the panel texts on Customize; each choice hashes the texts of its surface', async () => {
    let fetched = 0
    const panelTexts = async () => {
      fetched++
      return enPanels
    }
    const translations = { en: { banner: { title: 'Cookies here' }, prefs: { save: 'Keep these' } } }
    consentry = createEngine({ ...config, translations }, { storage: memoryStorage(), gpc: () => false })
    changes = []
    consentry.on('change', (change) => changes.push(change))
    ui = mountUi(consentry, enBanner, { lang: 'en', panelTexts })
    expect(root().querySelector('h2')!.textContent).toBe('Cookies here')
    expect(fetched).toBe(0)
    button('Reject all').click()
    expect(JSON.parse(changes[0].shown!).texts).toEqual({ banner: { ...enBanner.banner, title: 'Cookies here' } })
    await ui.open()
    expect(fetched).toBe(1)
    switchFor('Performance').click()
    await settled()
    button('Keep these', dialog()!).click()
    expect(changes[1].surface).toBe('preferences')
    expect(JSON.parse(changes[1].shown!).texts).toEqual({ ...enPanels, prefs: { ...enPanels.prefs, save: 'Keep these' } })
  })

  it('× hides the banner and records nothing', () => {
    start()
    button('Close without choosing').click()
    expect(root().querySelector('section.banner')).toBeNull()
    expect(changes).toEqual([])
    expect(consentry.get().decided).toBe(false)
  })

  it('says the policy changed when the revision rose', () => {
    const storage = memoryStorage()
    start({}, storage)
    consentry.acceptAll()
    ui.dispose()
    start({ revision: 2 }, storage)
    expect(root().querySelector('h2')!.textContent).toBe(en.banner.revisionTitle)
    expect(root().querySelector('section.banner p')!.textContent).toContain(en.banner.revisionText)
  })

  it('shows nothing to a visitor who already chose', () => {
    const storage = memoryStorage()
    start({}, storage)
    consentry.rejectAll()
    ui.dispose()
    start({}, storage)
    expect(root().querySelector('section.banner')).toBeNull()
  })

  it('renders the language it is given, with site overrides laid over it as text', async () => {
    start({ translations: { de: { banner: { title: '<b>Kekse</b>' }, categories: { performance: { title: 'Analyse' } } } } }, memoryStorage(), de, 'de')
    expect(root().querySelector('.root')!.getAttribute('lang')).toBe('de')
    expect(root().querySelector('h2')!.textContent).toBe('<b>Kekse</b>')
    expect(root().querySelector('b')).toBeNull()
    expect(button('Alle ablehnen')).toBeTruthy()
    await ui.open()
    expect(switchFor('Analyse')).toBeTruthy()
  })

  it('sets dir="rtl" for Arabic', () => {
    start({}, memoryStorage(), en, 'ar')
    expect(root().querySelector('.root')!.getAttribute('dir')).toBe('rtl')
  })

  it('never links to a javascript: URL from the config', () => {
    start({ privacyPolicyUrl: 'javascript:alert(1)' })
    expect(root().querySelector('a')).toBeNull()
  })
})

describe('preference center', () => {
  it('opens on consentry.open() with necessary on and disabled and everything else off', async () => {
    start()
    consentry.open()
    await settled()
    expect(dialog()).not.toBeNull()
    expect(switchFor('Strictly necessary').checked).toBe(true)
    expect(switchFor('Strictly necessary').disabled).toBe(true)
    for (const name of ['Functional', 'Performance', 'Marketing']) expect(switchFor(name).checked).toBe(false)
  })

  it('saves exactly the switches turned on, per service too, as a preferences save', async () => {
    start()
    await ui.open()
    switchFor('Performance').click()
    await settled()
    const video = [...root().querySelectorAll('label.svc')].find((l) => l.textContent!.startsWith('Video'))!.querySelector('input')!
    video.click()
    await settled()
    expect(switchFor('Marketing').checked).toBe(true)
    button('Save choices').click()
    await settled()
    expect(consentry.get()).toMatchObject({ choices: { performance: true, marketing: true, functional: false }, services: { ga: true, video: true, pixel: false } })
    expect(changes[0]).toMatchObject({ surface: 'preferences', action: 'save', locale: 'en' })
    expect(dialog()).toBeNull()
  })

  it('closing records nothing and forgets the moved switches', async () => {
    start()
    await ui.open()
    switchFor('Marketing').click()
    button('Close').click()
    await settled()
    expect(dialog()).toBeNull()
    expect(changes).toEqual([])
    await ui.open()
    expect(switchFor('Marketing').checked).toBe(false)
  })

  it('shows the consent ID and date once chosen, and the GPC note when honoured', async () => {
    consentry = createEngine(config, { storage: memoryStorage(), gpc: () => true })
    ui = mountUi(consentry, en, { lang: 'en' })
    consentry.rejectAll()
    await ui.open()
    const text = dialog()!.textContent!
    expect(text).toContain(consentry.get().consentId!)
    expect(text).toContain(String(new Date().getFullYear()))
    expect(text).toContain(en.prefs.gpc)
  })

  it('lists each cookie with provider, party, duration and purpose; patterns read as prefixes', async () => {
    start()
    await ui.open()
    const rows = [...dialog()!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))
    expect(rows).toContainEqual(['_ga', 'Google Analytics (Google)', 'Third party', '13 months', 'Tells visits apart'])
    expect(rows).toContainEqual(['_fb*', 'Pixel', '', '3 months', ''])
    expect(rows[0][0]).toBe('consentry')
  })

  it('pre-fills the earlier choice after a revision bump', async () => {
    const storage = memoryStorage()
    start({}, storage)
    consentry.set({ performance: true })
    ui.dispose()
    start({ revision: 2 }, storage)
    await ui.open()
    expect(switchFor('Performance').checked).toBe(true)
    expect(switchFor('Marketing').checked).toBe(false)
  })
})

describe('cookie declaration', () => {
  it('renders every category with the current status into [data-consentry-declaration] and follows changes', async () => {
    document.body.innerHTML = '<div data-consentry-declaration></div>'
    start()
    await settled()
    const declaration = document.querySelector('[data-consentry-declaration]')!.shadowRoot!
    expect([...declaration.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Strictly necessary', 'Functional', 'Performance', 'Marketing'])
    expect(declaration.querySelector('[data-status="performance"]')!.textContent).toBe('Not allowed')
    consentry.set({ performance: true })
    await settled()
    expect(declaration.querySelector('[data-status="performance"]')!.textContent).toBe('Allowed')
    button('Change settings', declaration).click()
    await settled()
    expect(dialog()).not.toBeNull()
  })
})
