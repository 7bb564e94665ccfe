import { expect, test } from '@playwright/test'
import { consentState } from './helpers'
import { banner, changes, preferences, recordChanges } from './ui-helpers'

test.beforeEach(async ({ page }) => recordChanges(page))

const nothingRecorded = async (page: import('@playwright/test').Page) => {
  expect(await page.context().cookies()).toEqual([])
  expect(await changes(page)).toEqual([])
  expect(await consentState(page)).toMatchObject({ decided: false, consentId: null })
}

test('× closes the banner and records no consent; the next page asks again', async ({ page }) => {
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Close without choosing' }).click()
  await expect(banner(page)).toHaveCount(0)
  await nothingRecorded(page)
  await page.goto('/privacy')
  await expect(banner(page)).toBeVisible()
})

test('Esc inside the banner closes it and records nothing', async ({ page }) => {
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Reject all' }).focus()
  await page.keyboard.press('Escape')
  await expect(banner(page)).toHaveCount(0)
  await nothingRecorded(page)
})

test('Esc and × in the preference center record nothing, even after switches were moved, and focus goes back', async ({ page }) => {
  await page.goto('/')
  const customize = banner(page).getByRole('button', { name: 'Customize' })
  await customize.click()
  await preferences(page).getByRole('switch', { name: 'Marketing', exact: true }).check()
  await page.keyboard.press('Escape')
  await expect(preferences(page)).toHaveCount(0)
  await expect(customize).toBeFocused()
  await nothingRecorded(page)

  await customize.click()
  await expect(preferences(page).getByRole('switch', { name: 'Marketing', exact: true })).not.toBeChecked()
  await preferences(page).getByRole('button', { name: 'Close' }).click()
  await expect(preferences(page)).toHaveCount(0)
  await expect(customize).toBeFocused()
  await expect(banner(page)).toBeVisible()
  await nothingRecorded(page)
})
