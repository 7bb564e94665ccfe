import { expect, test } from '@playwright/test'
import { consentState, withConfig } from './helpers'

test('a revision bump asks again and offers the earlier choice, keeping the consent id', async ({ page, browser }) => {
  await page.goto('/')
  await page.evaluate(() => window.consentry.set({ performance: true }))
  const { consentId } = await consentState(page)
  const cookies = await page.context().cookies()

  const next = await browser.newContext()
  await next.addCookies(cookies)
  const bumped = await next.newPage()
  await withConfig(bumped, { revision: 2 })
  await bumped.goto('/')
  expect(await consentState(bumped)).toMatchObject({ decided: false, prompt: 'revision', previous: { choices: { performance: true } } })
  await bumped.evaluate(() => window.consentry.set({ performance: true }))
  expect(await consentState(bumped)).toMatchObject({ decided: true, revision: 2, consentId })
  await next.close()
})
