import { expect, test } from '@playwright/test'
import { withConfig } from './helpers'
import { banner, preferences, uiRequests } from './ui-helpers'

test('a first-time visitor downloads the banner and its texts only; Customize brings the panels and their texts', async ({ page }) => {
  const requested = uiRequests(page)
  await page.goto('/')
  await expect(banner(page)).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(requested.sort()).toEqual(['/consentry-ui.js', '/i18n/en.js'])

  await banner(page).getByRole('button', { name: 'Customize' }).click()
  await expect(preferences(page).getByRole('button', { name: 'Save choices' })).toBeVisible()
  expect(requested.slice(2).sort()).toEqual(['/consentry-panels.js', '/i18n/panel/en.js'])
})

test('a German visitor gets German texts on both layers', async ({ page }) => {
  await withConfig(page, { language: 'de' })
  const requested = uiRequests(page)
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Anpassen' }).click()
  await expect(preferences(page).getByRole('button', { name: 'Auswahl speichern' })).toBeVisible()
  expect(requested.filter((path) => path.startsWith('/i18n/')).sort()).toEqual(['/i18n/de.js', '/i18n/panel/de.js'])
})

test('every part the embed loads on a first visit is one file: no shared chunk adds a request in between', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname))
  await page.goto('/')
  await expect(banner(page)).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(scripts.filter((path) => path.startsWith('/chunks/'))).toEqual([])
  expect(scripts).toEqual(expect.arrayContaining(['/consentry.js', '/consentry-validate.js', '/consentry-ui.js', '/i18n/en.js']))
})
