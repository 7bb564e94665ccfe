import { expect, test } from '@playwright/test'

test('a first visit is undecided and writes no cookie or storage', async ({ page, context }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto('/')
  const state = await page.evaluate(() => window.consentry.get())
  expect(state.decided).toBe(false)
  expect(state.choices).toEqual({ necessary: true, functional: false, performance: false, marketing: false })
  expect(state.consentId).toBeNull()
  expect(await context.cookies()).toEqual([])
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0)
  expect(errors).toEqual([])
})
