import { expect, test } from '@playwright/test'
import { banner, preferences } from './ui-helpers'

const declaration = (page: import('@playwright/test').Page) => page.locator('[data-consentry-declaration]')

test('the privacy page lists every category and cookie from the same config, with the current choice', async ({ page }) => {
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  await page.goto('/privacy')
  const table = declaration(page)
  for (const name of ['Strictly necessary', 'Functional', 'Performance', 'Marketing']) await expect(table.getByRole('heading', { name, exact: true })).toBeVisible()
  const row = table.getByRole('row', { name: /_ga\b/ }).first()
  await expect(row).toContainText('Google Analytics (Google Ireland Ltd.)')
  await expect(row).toContainText('Third party')
  await expect(row).toContainText('13 months')
  await expect(row).toContainText('Tells visits apart')
  await expect(table.getByRole('row', { name: /^consentry\b/ })).toContainText('182 days')
  await expect(table.locator('[data-status="performance"]')).toHaveText('Not allowed')
  await expect(table.locator('[data-status="necessary"]')).toHaveText('Always on')
  const { consentId } = await page.evaluate(() => window.consentry.get())
  await expect(table.getByText(consentId!)).toBeVisible()
})

test('"Change settings" opens the preference center and the declaration follows the new choice at once', async ({ page }) => {
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  await page.goto('/privacy')
  const table = declaration(page)
  await table.getByRole('button', { name: 'Change settings' }).click()
  await preferences(page).getByRole('switch', { name: 'Performance', exact: true }).check()
  await preferences(page).getByRole('button', { name: 'Save choices' }).click()
  await expect(table.locator('[data-status="performance"]')).toHaveText('Allowed')
  await expect(table.locator('[data-status="marketing"]')).toHaveText('Not allowed')
  await expect(table.getByRole('button', { name: 'Change settings' })).toBeFocused()
})

test('a first visitor sees the declaration and the banner together, and the declaration follows their choice', async ({ page }) => {
  await page.goto('/privacy')
  await expect(banner(page)).toBeVisible()
  await expect(declaration(page).getByText('No choice yet').first()).toBeVisible()
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  await expect(declaration(page).locator('[data-status="marketing"]')).toHaveText('Allowed')
})
