import { expect, test } from '@playwright/test'
import { consentState, watchErrors } from './helpers'
import { banner, changes, layoutShift, preferences, recordChanges, watchLayoutShift } from './ui-helpers'

test.beforeEach(async ({ page }) => {
  await recordChanges(page)
  await watchLayoutShift(page)
})

test('a first visit shows the banner with three equal choices, without taking focus or shifting the page', async ({ page }) => {
  const { pageErrors, consoleErrors } = watchErrors(page)
  await page.goto('/')
  const region = page.getByRole('region', { name: 'We use cookies' })
  await expect(region).toBeVisible()
  await expect(region.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', new URL('/privacy', page.url()).href)
  const buttons = ['Accept all', 'Reject all', 'Customize'].map((name) => region.getByRole('button', { name, exact: true }))
  const looks = await Promise.all(
    buttons.map((button) =>
      button.evaluate((el) => {
        const style = getComputedStyle(el)
        const box = el.getBoundingClientRect()
        return { height: box.height, color: style.color, background: style.backgroundColor, weight: style.fontWeight, size: style.fontSize }
      }),
    ),
  )
  expect(looks[1]).toEqual(looks[0])
  expect(looks[2]).toEqual(looks[0])
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
  expect(await layoutShift(page)).toBe(0)
  expect(pageErrors).toEqual([])
  expect(consoleErrors.filter((message) => message.includes('consentry'))).toEqual([])
})

test('Accept all grants every category from the banner, hides it, and tells receipts what was shown', async ({ page }) => {
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  await expect(banner(page)).toHaveCount(0)
  expect(await consentState(page)).toMatchObject({ decided: true, choices: { functional: true, performance: true, marketing: true } })
  const [change] = await changes(page)
  expect(change).toMatchObject({ event: 'grant', surface: 'banner', action: 'accept-all', locale: 'en' })
  const shown = JSON.parse(change.shown)
  expect(shown.texts.banner.title).toBe('We use cookies')
  expect(shown.categories.map((c: { id: string }) => c.id)).toEqual(['necessary', 'functional', 'performance', 'marketing'])
  await page.reload()
  await expect(page.locator('consentry-ui')).toHaveCount(0)
})

test('Reject all refuses everything but strictly necessary and hides the banner', async ({ page }) => {
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  await expect(banner(page)).toHaveCount(0)
  expect(await consentState(page)).toMatchObject({ decided: true, choices: { necessary: true, functional: false, performance: false, marketing: false } })
  expect(await changes(page)).toMatchObject([{ event: 'refuse', surface: 'banner', action: 'reject-all' }])
})

test('Customize, switch one category and one service on, Save: exactly those are allowed', async ({ page }) => {
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Customize' }).click()
  const dialog = preferences(page)
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('switch', { name: 'Strictly necessary' })).toBeChecked()
  await expect(dialog.getByRole('switch', { name: 'Strictly necessary' })).toBeDisabled()
  for (const name of ['Functional', 'Performance', 'Marketing']) await expect(dialog.getByRole('switch', { name, exact: true })).not.toBeChecked()
  await dialog.getByRole('switch', { name: 'Performance', exact: true }).check()
  const marketing = dialog.locator('section', { has: page.getByRole('heading', { name: 'Marketing' }) })
  await marketing.getByText('Services and cookies').click()
  await expect(marketing.getByRole('cell', { name: '_fbp' })).toBeVisible()
  await expect(marketing.getByRole('cell', { name: 'tv_*' })).toBeVisible()
  await marketing.getByRole('switch', { name: /Video player/ }).check()
  await expect(dialog.getByRole('switch', { name: 'Marketing', exact: true })).toBeChecked()
  await dialog.getByRole('button', { name: 'Save choices' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(banner(page)).toHaveCount(0)
  expect(await consentState(page)).toMatchObject({
    choices: { functional: false, performance: true, marketing: true },
    services: { 'google-analytics': true, 'meta-pixel': false, video: true, 'support-chat': false },
  })
  expect(await changes(page)).toMatchObject([{ event: 'grant', surface: 'preferences', action: 'save', locale: 'en' }])
})

test('the first layer comes without preact: the preference center chunk loads only on Customize', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  await page.goto('/')
  await expect(banner(page)).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(requested).toContain('/consentry-ui.js')
  expect(requested).not.toContain('/consentry-panels.js')
  await banner(page).getByRole('button', { name: 'Customize' }).click()
  await expect(preferences(page)).toBeVisible()
  expect(requested).toContain('/consentry-panels.js')
})
