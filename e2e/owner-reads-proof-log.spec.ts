import { expect, test } from '@playwright/test'
import { consentState } from './helpers'
import { banner } from './ui-helpers'

test('after a visitor rejects all, the site owner finds that receipt on the demo proof log, with the chain verified', async ({ page, context }) => {
  await page.goto('/')
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  const { consentId } = await consentState(page)

  // The receipt goes through the demo's own collector (/v1/receipts, same origin) into its embedded store.
  const owner = await context.newPage()
  await expect(async () => {
    await owner.goto('/receipts')
    await expect(owner.getByRole('cell', { name: consentId!, exact: true })).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 20_000 })
  await expect(owner.getByRole('status')).toHaveText(/^chain verified ✓ — \d+ receipts, head #\d+ .*; [1-9]\d* signed checkpoints checked with public key [0-9a-f]{16}$/)
  const row = owner.getByRole('row').filter({ has: owner.getByRole('cell', { name: consentId!, exact: true }) })
  await expect(row.getByRole('cell').nth(3)).toHaveText('refuse')
  await expect(row.getByRole('cell').nth(4)).toHaveText('functional ✗, performance ✗, marketing ✗')
})
