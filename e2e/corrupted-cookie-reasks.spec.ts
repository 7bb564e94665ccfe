import { expect, test } from '@playwright/test'
import { consentState, watchErrors } from './helpers'

const hostile = [
  'garbage',
  '1.short.1.1.1.0..',
  '%E0%A4%A',
  '{"decided":true,"choices":{"marketing":true}}',
  `1.${'A'.repeat(22)}.1.2026-11.0.0.marketing..zzzz`,
  'x'.repeat(3500),
]

for (const value of hostile) {
  test(`a corrupted consent cookie (${value.slice(0, 24)}…) means "ask again", without a page error`, async ({ page, context }) => {
    const { pageErrors } = watchErrors(page)
    await context.addCookies([{ name: 'consentry', value: encodeURIComponent(value), domain: 'localhost', path: '/' }])
    await page.goto('/')
    expect(await consentState(page)).toMatchObject({ decided: false, choices: { marketing: false } })
    await page.evaluate(() => window.consentry.rejectAll())
    expect(await consentState(page)).toMatchObject({ decided: true })
    expect(pageErrors).toEqual([])
  })
}

test('a cookie dated in the future means "ask again"', async ({ page, context }) => {
  await page.goto('/')
  await page.evaluate(() => window.consentry.acceptAll())
  const [cookie] = await context.cookies()
  const parts = decodeURIComponent(cookie.value).split('.')
  parts[4] = Math.floor(Date.now() / 1000 + 86_400 * 30).toString(36)
  await context.clearCookies()
  // Recompute the integrity check the way the codec does, so only the date is wrong.
  const body = parts.slice(0, 8).join('.')
  const check = await page.evaluate((text) => {
    let hash = 0x811c9dc5
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
    return (hash >>> 0).toString(36)
  }, body)
  await context.addCookies([{ name: 'consentry', value: `${body}.${check}`, domain: 'localhost', path: '/' }])
  await page.reload()
  expect(await consentState(page)).toMatchObject({ decided: false, prompt: 'first' })
})
