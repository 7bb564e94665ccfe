import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { allRequests, requestsTo, visit } from './fixtures/gating'
import { withConfig } from './helpers'

test('a held video shows an accessible placeholder of the same size that loads it on click', async ({ page }, testInfo) => {
  await visit(page, testInfo, '/brew')
  const placeholder = page.getByRole('group', { name: 'Video player' })
  await expect(placeholder).toBeVisible()
  await expect(placeholder).toContainText('Video player is not loaded until you allow it')
  const before = await placeholder.boundingBox()
  // width=560 height=315 plus the iframe's default 2px border: the box the iframe itself takes.
  expect(before).toMatchObject({ width: 564, height: 319 })
  const axe = await new AxeBuilder({ page }).include('.consentry-placeholder').analyze()
  expect(axe.violations).toEqual([])

  await page.getByRole('button', { name: 'Allow Video player and load' }).click()
  await expect.poll(() => requestsTo('video', testInfo)).toEqual(['/embed/brew-v60'])
  const frame = page.locator('iframe[title="How to brew a V60"]')
  await expect(page.frameLocator('iframe[title="How to brew a V60"]').locator('#player')).toHaveText('▶ brew-v60')
  // Same box: nothing below moves when the content arrives.
  expect(await frame.boundingBox()).toEqual(before)
  await expect(placeholder).toHaveCount(0)
  await expect(frame).toBeFocused()
  // The click recorded consent for the video only: the Meta Pixel in the same category stays held.
  const state = await page.evaluate(() => window.consentry.get())
  expect(state.services).toMatchObject({ video: true, 'meta-pixel': false })
  await expect(page.locator('script[type="text/plain"][data-service="meta-pixel"]')).toHaveCount(2)
  expect((await allRequests(testInfo)).facebook).toEqual([])
})

test('keyboard: the placeholder button is reachable and works with Enter', async ({ page }, testInfo) => {
  await visit(page, testInfo, '/brew')
  const button = page.getByRole('button', { name: 'Allow Video player and load' })
  await button.focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => requestsTo('video', testInfo)).toEqual(['/embed/brew-v60'])
})

test('the placeholder speaks the visitor’s language, and the site can reword it', async ({ page }, testInfo) => {
  await withConfig(page, { language: 'de', translations: { de: { placeholder: { button: '{name} jetzt abspielen' } } } })
  await visit(page, testInfo, '/brew')
  const placeholder = page.getByRole('group', { name: 'Video player' })
  await expect(placeholder).toContainText('Video player wird erst geladen, wenn Sie es erlauben.')
  await page.getByRole('button', { name: 'Video player jetzt abspielen' }).click()
  await expect.poll(() => requestsTo('video', testInfo)).toEqual(['/embed/brew-v60'])
})
