import { expect, test } from '@playwright/test'
import { DEMO_PORT } from '../playwright.config'
import { consentState, withConfig } from './helpers'

// Two subdomains of one site, resolved to this machine, to prove `cookie.domain` shares the choice.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP *.kopi.test 127.0.0.1'],
  },
})

test('a choice made on one subdomain holds on another when cookie.domain is set', async ({ page }) => {
  await withConfig(page, { cookie: { domain: 'kopi.test' } })
  await page.goto(`http://www.kopi.test:${DEMO_PORT}/`)
  await page.evaluate(() => window.consentry.set({ functional: true }))
  await page.goto(`http://shop.kopi.test:${DEMO_PORT}/privacy`)
  expect(await consentState(page)).toMatchObject({ decided: true, choices: { functional: true } })
})

test('without cookie.domain the choice stays on its own host', async ({ page }) => {
  await page.goto(`http://www.kopi.test:${DEMO_PORT}/`)
  await page.evaluate(() => window.consentry.set({ functional: true }))
  await page.goto(`http://shop.kopi.test:${DEMO_PORT}/privacy`)
  expect((await consentState(page)).decided).toBe(false)
})
