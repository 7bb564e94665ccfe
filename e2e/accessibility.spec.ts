import AxeBuilder from '@axe-core/playwright'
import { type Page, expect, test } from '@playwright/test'
import { consentState, watchErrors, withConfig } from './helpers'
import { banner, preferences } from './ui-helpers'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** axe on the UI only (the demo site's own markup is not ours to judge), shadow DOM included. */
const axe = async (page: Page) => (await new AxeBuilder({ page }).include('consentry-ui').withTags(WCAG).analyze()).violations

/** The element that has focus, looking into shadow roots, described by its accessible label or text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : ''
  })

const tabUntil = async (page: Page, label: string, key = 'Tab') => {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(key)
    if ((await focused(page)) === label) return
  }
  throw new Error(`never reached "${label}" with ${key}`)
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 AA violation in the banner and the preference center (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/')
    await expect(banner(page)).toBeVisible()
    expect(await axe(page)).toEqual([])
    await banner(page).getByRole('button', { name: 'Customize' }).click()
    await preferences(page).getByText('Services and cookies').first().click()
    await preferences(page).getByText('Services and cookies').nth(3).click()
    expect(await axe(page)).toEqual([])
    const background = await preferences(page).evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(background).toBe(scheme === 'dark' ? 'rgb(27, 28, 31)' : 'rgb(255, 255, 255)')
  })
}

test('the site can force the dark theme whatever the system prefers', async ({ page }) => {
  await withConfig(page, { ui: { theme: 'dark', layout: 'box' } })
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  await expect(banner(page)).toHaveClass(/box/)
  expect(await banner(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(27, 28, 31)')
  expect(await axe(page)).toEqual([])
})

test('the modal layout centers the banner over a dim layer that leaves the page usable', async ({ page }) => {
  await withConfig(page, { ui: { layout: 'modal' } })
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.setViewportSize({ width: 1000, height: 700 })
  await page.goto('/')
  const box = (await banner(page).boundingBox())!
  expect(Math.abs(box.x + box.width / 2 - 500)).toBeLessThan(2)
  expect(Math.abs(box.y + box.height / 2 - 350)).toBeLessThan(2)
  // The dim layer lets clicks through: a page link outside the box still works.
  await page.getByRole('link', { name: 'Brewing guide' }).click({ trial: true })
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
  expect(await axe(page)).toEqual([])
})

test('keyboard only: reach the banner, customize, switch, save; the dialog traps Tab and returns focus', async ({ page }) => {
  await page.goto('/')
  await expect(banner(page)).toBeVisible()
  await tabUntil(page, 'Customize')
  await page.keyboard.press('Enter')
  await expect(preferences(page)).toBeVisible()
  expect(await focused(page)).toBe('Cookie settings')
  await tabUntil(page, 'Save choices')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('Close')
  await page.keyboard.press('Shift+Tab')
  expect(await focused(page)).toBe('Save choices')
  const performance = preferences(page).getByRole('switch', { name: 'Performance', exact: true })
  for (let i = 0; i < 30 && !(await performance.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)); i++) await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Space')
  await expect(performance).toBeChecked()
  await tabUntil(page, 'Save choices')
  await page.keyboard.press('Enter')
  await expect(preferences(page)).toHaveCount(0)
  expect(await consentState(page)).toMatchObject({ decided: true, choices: { performance: true, marketing: false, functional: false } })
})

test('Arabic is laid out right to left, with the box in the left corner', async ({ page }) => {
  await withConfig(page, { language: 'ar', ui: { layout: 'box' } })
  await page.setViewportSize({ width: 1000, height: 700 })
  await page.goto('/')
  const region = page.getByRole('region', { name: 'نستخدم ملفات تعريف الارتباط' })
  await expect(region).toBeVisible()
  expect(await region.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
  expect(await page.locator('consentry-ui .root').getAttribute('lang')).toBe('ar')
  const box = (await region.boundingBox())!
  expect(box.x).toBeLessThan(100)
  await region.getByRole('button', { name: 'تخصيص' }).click()
  await expect(preferences(page).getByRole('heading', { name: 'إعدادات ملفات تعريف الارتباط' })).toBeVisible()
  expect(await axe(page)).toEqual([])
})

/** Serves the demo page with another `<html lang>` (or none), the way a site in that language would. */
const withHtmlLang = (page: Page, lang: string | null) =>
  page.route('/', async (route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace('<html lang="en">', lang ? `<html lang="${lang}">` : '<html>')
    await route.fulfill({ response, body: html })
  })

const languageTests: Array<[string, string | null, string, string]> = [
  ['<html lang> comes before the browser language', 'fr-BE', 'de-AT', 'Nous utilisons des cookies'],
  ['the browser language counts when the page has no lang', null, 'de-AT', 'Wir verwenden Cookies'],
  ['English is the fallback when nothing matches', 'tlh', 'tlh', 'We use cookies'],
]
for (const [rule, htmlLang, locale, title] of languageTests) {
  test(`language: ${rule}`, async ({ browser }) => {
    const page = await browser.newPage({ locale })
    await withHtmlLang(page, htmlLang)
    await page.goto('/')
    await expect(page.getByRole('region', { name: title })).toBeVisible()
    await page.close()
  })
}

test('a regional translation by the site is laid over its built-in language', async ({ page }) => {
  await withConfig(page, { language: 'pt-BR', translations: { 'pt-BR': { banner: { title: 'Usamos cookies', customize: 'Personalizar escolhas' } } } })
  await page.goto('/')
  const region = page.getByRole('region', { name: 'Usamos cookies' })
  await expect(region.getByRole('button', { name: 'Personalizar escolhas' })).toBeVisible()
  await expect(region.getByRole('button', { name: 'Aceitar todos' })).toBeVisible()
  expect(await page.locator('consentry-ui .root').first().getAttribute('lang')).toBe('pt-BR')
})

test('a hostile translation string is shown as text, never run as HTML', async ({ page }) => {
  const { pageErrors } = watchErrors(page)
  const hostile = '<img src=x onerror="window.pwned=1">Cookies'
  await withConfig(page, {
    translations: { en: { banner: { title: hostile }, categories: { performance: { title: 'Analytics' } } } },
    privacyPolicyUrl: 'javascript:window.pwned=1',
  })
  await page.goto('/')
  await expect(page.getByRole('region', { name: hostile })).toBeVisible()
  await expect(banner(page).locator('img')).toHaveCount(0)
  await expect(banner(page).getByRole('link')).toHaveCount(0)
  await banner(page).getByRole('button', { name: 'Customize' }).click()
  await expect(preferences(page).getByRole('switch', { name: 'Analytics' })).toBeVisible()
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined()
  expect(pageErrors).toEqual([])
})

test('works at 320 px and at 200 % zoom: nothing overflows sideways and every button stays reachable', async ({ page }) => {
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: width === 320 ? 640 : 400 })
    await page.goto('/')
    // 640×400 CSS px is what a 1280×800 screen shows at 200 % zoom.
    const overflow = await banner(page).evaluate((el) => el.scrollWidth - el.clientWidth)
    expect(overflow).toBe(0)
    for (const name of ['Accept all', 'Reject all', 'Customize']) await expect(banner(page).getByRole('button', { name })).toBeInViewport()
    await banner(page).getByRole('button', { name: 'Customize' }).click()
    const dialog = preferences(page)
    expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0)
    await dialog.getByRole('button', { name: 'Save choices' }).scrollIntoViewIfNeeded()
    await expect(dialog.getByRole('button', { name: 'Save choices' })).toBeInViewport()
  }
})

test('motion is off when the visitor asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('/')
  expect(await banner(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none')
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.reload()
  expect(await banner(page).evaluate((el) => getComputedStyle(el).animationName)).not.toBe('none')
})
