import type { Page } from '@playwright/test'

/** Collects uncaught page errors and console errors, so specs can prove a page never breaks. */
export const watchErrors = (page: Page) => {
  const pageErrors: string[] = []
  const consoleErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()))
  return { pageErrors, consoleErrors }
}

/** Overrides top-level config keys the way a site does: `window.consentryConfig` before the tag. */
export const withConfig = (page: Page, config: Record<string, unknown>) =>
  page.addInitScript((cfg) => {
    ;(window as { consentryConfig?: unknown }).consentryConfig = cfg
  }, config)

/** Turns on Global Privacy Control the way a browser that sends it exposes it. */
export const withGpc = (page: Page) =>
  page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }))

export const consentState = (page: Page) => page.evaluate(() => window.consentry.get())
