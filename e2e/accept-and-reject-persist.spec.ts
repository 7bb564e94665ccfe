import { expect, test } from '@playwright/test'
import { consentState, watchErrors } from './helpers'

test('accept all is remembered across reloads in one compact first-party cookie', async ({ page, context }) => {
  const { pageErrors } = watchErrors(page)
  await page.goto('/')
  await page.evaluate(() => window.consentry.acceptAll())
  const before = await consentState(page)
  await page.reload()
  const after = await consentState(page)
  expect(after).toMatchObject({ decided: true, choices: { necessary: true, functional: true, performance: true, marketing: true } })
  expect(after.consentId).toBe(before.consentId)
  expect(after.consentId).toMatch(/^[A-Za-z0-9_-]{22}$/)
  const cookies = await context.cookies()
  expect(cookies.map((c) => c.name)).toEqual(['consentry'])
  const [cookie] = cookies
  expect(cookie).toMatchObject({ path: '/', sameSite: 'Lax', secure: false, httpOnly: false })
  expect(cookie.value.length).toBeLessThan(200)
  const days = (cookie.expires * 1000 - Date.now()) / 86_400_000
  expect(days).toBeGreaterThan(181)
  expect(days).toBeLessThan(183)
  expect(pageErrors).toEqual([])
})

test('reject all is remembered across reloads and pages', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => window.consentry.rejectAll())
  await page.goto('/privacy')
  expect(await consentState(page)).toMatchObject({
    decided: true,
    choices: { necessary: true, functional: false, performance: false, marketing: false },
  })
})

test('reset forgets the choice and asks again', async ({ page, context }) => {
  await page.goto('/')
  await page.evaluate(() => window.consentry.acceptAll())
  await page.evaluate(() => window.consentry.reset())
  expect(await context.cookies()).toEqual([])
  await page.reload()
  expect(await consentState(page)).toMatchObject({ decided: false, prompt: 'first' })
})
