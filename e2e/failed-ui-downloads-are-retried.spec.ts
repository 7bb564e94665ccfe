import { expect, type Page, test } from '@playwright/test'
import { watchErrors } from './helpers'
import { banner, preferences } from './ui-helpers'

/** The first request for `file` fails as on a flaky network; later ones go through. Returns the console errors. */
const failFirstDownloadOf = async (page: Page, file: string) => {
  const { consoleErrors } = watchErrors(page)
  let failures = 1
  await page.route(`**/${file}`, (route) => (failures-- > 0 ? route.abort('connectionreset') : route.continue()))
  return consoleErrors
}

test('when the preference center fails to download, Customize reports it and the next click tries again', async ({ page }) => {
  const errors = await failFirstDownloadOf(page, 'consentry-panels.js')
  await page.goto('/')
  const customize = banner(page).getByRole('button', { name: 'Customize' })
  await customize.click()
  await expect.poll(() => errors.some((text) => text.includes('could not load the preference center'))).toBe(true)
  await expect(preferences(page)).toHaveCount(0)
  await customize.click()
  await expect(preferences(page)).toBeVisible()
})

test('when the banner fails to download, the footer link tries again and opens the preference center', async ({ page }) => {
  const errors = await failFirstDownloadOf(page, 'consentry-ui.js')
  await page.goto('/')
  await expect.poll(() => errors.some((text) => text.includes('could not load the banner'))).toBe(true)
  await expect(banner(page)).toHaveCount(0)
  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await expect(preferences(page)).toBeVisible()
})
