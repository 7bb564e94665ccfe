import { expect, test } from '@playwright/test'
import { consentState, watchErrors } from './helpers'
import { banner, preferences } from './ui-helpers'

test('under a strict CSP with Trusted Types the banner, preference center and declaration work, styled, with no violation', async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = []
    ;(window as unknown as { violations: string[] }).violations = violations
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
  const { pageErrors } = watchErrors(page)
  await page.goto('/strict-csp')
  const accept = banner(page).getByRole('button', { name: 'Accept all' })
  await expect(accept).toBeVisible()
  expect(await accept.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')
  await banner(page).getByRole('button', { name: 'Customize' }).click()
  await preferences(page).getByRole('button', { name: 'Accept all' }).click()
  expect(await consentState(page)).toMatchObject({ decided: true, choices: { marketing: true } })
  await expect(page.locator('[data-consentry-declaration] [data-status="marketing"]')).toHaveText('Allowed')
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
  expect(pageErrors).toEqual([])
})
