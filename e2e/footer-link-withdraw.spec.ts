import { expect, test } from '@playwright/test'
import { consentState, withGpc } from './helpers'
import { banner, changes, preferences, recordChanges, uiRequests } from './ui-helpers'

test('a returning visitor who already chose downloads no UI code until they open the settings', async ({ page }) => {
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  await expect(banner(page)).toHaveCount(0)
  const requested = uiRequests(page)
  await page.reload()
  await page.waitForLoadState('networkidle')
  expect(await consentState(page)).toMatchObject({ decided: true })
  expect(requested).toEqual([])
  await expect(page.locator('consentry-ui')).toHaveCount(0)

  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await expect(preferences(page)).toBeVisible()
  expect(requested.sort()).toEqual(['/consentry-panels.js', '/consentry-ui.js', '/i18n/en.js', '/i18n/panel/en.js'])
})

test('the footer link reopens the preference center in one click, and switching off + saving withdraws', async ({ page }) => {
  await recordChanges(page)
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  const { consentId, updatedAt } = await consentState(page)
  await page.goto('/privacy')
  // The privacy page's cookie declaration renders after load and pushes the footer down: click once it is
  // there, as a visitor would, or the click may land where the link was a moment before.
  await expect(page.getByRole('region', { name: 'Strictly necessary' })).toBeVisible()
  const link = page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' })
  await link.click()
  const dialog = preferences(page)
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText(consentId!)).toBeVisible()
  const year = String(new Date(updatedAt!).getFullYear())
  await expect(dialog.getByRole('definition').filter({ hasText: year })).toBeVisible()
  for (const name of ['Functional', 'Performance', 'Marketing']) await expect(dialog.getByRole('switch', { name, exact: true })).toBeChecked()
  await dialog.getByRole('switch', { name: 'Marketing', exact: true }).uncheck()
  await dialog.getByRole('button', { name: 'Save choices' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(link).toBeFocused()
  expect(await consentState(page)).toMatchObject({ consentId, choices: { functional: true, performance: true, marketing: false } })
  expect(await changes(page)).toMatchObject([
    { event: 'withdraw', surface: 'preferences', action: 'save', withdrawn: ['marketing'], locale: 'en' },
  ])
})

test('before any choice the footer link opens the preference center over the banner', async ({ page }) => {
  await page.goto('/')
  await expect(banner(page)).toBeVisible()
  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await expect(preferences(page)).toBeVisible()
  await expect(preferences(page).getByText('No choice yet').first()).toBeVisible()
  await preferences(page).getByRole('button', { name: 'Reject all' }).click()
  await expect(banner(page)).toHaveCount(0)
  expect(await consentState(page)).toMatchObject({ decided: true, choices: { marketing: false } })
})

test('with Global Privacy Control on, the preference center says the signal is honoured', async ({ page }) => {
  await withGpc(page)
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await expect(preferences(page).getByText('Your browser sends the Global Privacy Control signal.')).toBeVisible()
  await expect(preferences(page).getByRole('switch', { name: 'Marketing', exact: true })).not.toBeChecked()
  await expect(preferences(page).getByRole('switch', { name: 'Performance', exact: true })).toBeChecked()
})

test('the demo language switcher reloads the page with the preference center in the chosen language', async ({ page }) => {
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  await page.getByLabel('Banner language').selectOption('de')
  await expect(preferences(page).getByRole('heading', { name: 'Cookie-Einstellungen' })).toBeVisible()
  await expect(preferences(page).getByRole('button', { name: 'Auswahl speichern' })).toBeVisible()
})
