import { expect, test } from '@playwright/test'
import { consentState, withConfig } from './helpers'
import { banner, changes, preferences, recordChanges } from './ui-helpers'

test('after a revision bump the banner says the policy changed and the preference center offers the earlier choice', async ({ page }) => {
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Customize' }).click()
  await preferences(page).getByRole('switch', { name: 'Performance', exact: true }).check()
  await preferences(page).getByRole('button', { name: 'Save choices' }).click()
  const { consentId } = await consentState(page)

  await withConfig(page, { revision: 2 })
  await recordChanges(page)
  await page.reload()
  const region = page.getByRole('region', { name: 'Our cookie policy has changed' })
  await expect(region).toBeVisible()
  await expect(region).toContainText('We have updated our privacy policy or the cookies we use.')
  await expect(region.getByRole('link', { name: 'Privacy policy' })).toBeVisible()
  await region.getByRole('button', { name: 'Customize' }).click()
  const dialog = preferences(page)
  await expect(dialog.getByRole('switch', { name: 'Performance', exact: true })).toBeChecked()
  await expect(dialog.getByRole('switch', { name: 'Marketing', exact: true })).not.toBeChecked()
  expect(await consentState(page)).toMatchObject({ decided: false, prompt: 'revision' })
  await dialog.getByRole('button', { name: 'Save choices' }).click()
  expect(await consentState(page)).toMatchObject({ decided: true, revision: 2, consentId, choices: { performance: true, marketing: false } })
  expect(await changes(page)).toMatchObject([{ surface: 'preferences', action: 'save' }])
})
