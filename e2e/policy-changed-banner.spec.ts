import { expect, test } from '@playwright/test'
import { consentState, withConfig } from './helpers'
import { banner, changes, preferences, recordChanges, uiRequests } from './ui-helpers'

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

test('the words for asking again download only when the banner asks again, and the receipt hashes them', async ({ page }) => {
  const requested = uiRequests(page)
  await recordChanges(page)
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  const [first] = await changes(page)
  expect(first.shown).not.toContain('Our cookie policy has changed')
  expect(requested).not.toContain('/i18n/renew/en.js')

  await withConfig(page, { revision: 2 })
  await page.reload()
  await expect(page.getByRole('region', { name: 'Our cookie policy has changed' })).toBeVisible()
  expect(requested.filter((path) => path === '/i18n/renew/en.js')).toHaveLength(1)
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  const [renewed] = await changes(page)
  expect(renewed).toMatchObject({ event: 'renew', surface: 'banner' })
  expect(renewed.shown).toContain('We have updated our privacy policy or the cookies we use.')
})

test('an expired choice is asked again with its own words, under the usual title', async ({ page }) => {
  await withConfig(page, { refusalDays: 30 })
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  await expect(banner(page)).toHaveCount(0)

  // The consent cookie itself lives longer in the browser; the SDK judges the age from the date inside it.
  await page.clock.install({ time: Date.now() + 31 * 86_400_000 })
  await page.reload()
  await expect(banner(page)).toContainText('Your earlier cookie choice has expired.')
  await expect(banner(page).getByRole('heading')).toHaveText('We use cookies')
  expect(await consentState(page)).toMatchObject({ decided: false, prompt: 'expired' })
})
