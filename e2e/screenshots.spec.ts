import { expect, test } from '@playwright/test'
import { banner, preferences } from './ui-helpers'

// The README's pictures come from here, so they always show the UI as it is built today.
const shots = [
  { name: 'light', scheme: 'light', width: 1280, height: 800 },
  { name: 'dark', scheme: 'dark', width: 1280, height: 800 },
  { name: 'mobile', scheme: 'light', width: 320, height: 640 },
] as const

for (const { name, scheme, width, height } of shots) {
  test(`screenshots of the banner and the preference center (${name}, ${width}px)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    await page.setViewportSize({ width, height })
    await page.goto('/')
    await expect(banner(page)).toBeVisible()
    await page.screenshot({ path: `docs/screenshots/banner-${name}.png` })
    await banner(page).getByRole('button', { name: 'Customize' }).click()
    await preferences(page).getByText('Services and cookies').nth(2).click()
    await expect(preferences(page).getByRole('cell', { name: '_ga', exact: true })).toBeVisible()
    await page.screenshot({ path: `docs/screenshots/preferences-${name}.png` })
  })
}
