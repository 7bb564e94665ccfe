import { expect, type Page, test } from '@playwright/test'
import { settle, vendorLog, visit } from './fixtures/gating'

/** The dataLayer as readable data: gtag commands (arguments objects) become arrays, dates "Date". */
const dataLayer = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { dataLayer: unknown[] }).dataLayer.map((entry) =>
      Object.prototype.toString.call(entry) === '[object Arguments]'
        ? [...(entry as IArguments)].map((value) => (value instanceof Date ? 'Date' : value))
        : entry,
    ),
  )

const signals = (granted: string[]) =>
  Object.fromEntries(
    ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage'].map((type) => [
      type,
      type === 'security_storage' || granted.includes(type) ? 'granted' : 'denied',
    ]),
  )
const ALL = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage']
const choices = (on: boolean) => ({ necessary: true, functional: on, performance: on, marketing: on })
const services = (on: boolean) => ({ 'support-chat': on, 'google-analytics': on, 'meta-pixel': on, video: on })
const event = (trigger: string, decided: boolean, on: boolean) => ({
  event: 'consentry_consent',
  consentry: { trigger, decided, choices: choices(on), services: services(on), granted: on ? ['necessary', 'functional', 'performance', 'marketing'] : ['necessary'] },
})
const DEFAULT = ['consent', 'default', { ...signals([]), wait_for_update: 500 }]
const REDACT = ['set', 'ads_data_redaction', true]
const SNIPPET = [['js', 'Date'], ['config', 'G-DEMO']]

test('first visit: consent default is the first command, before the page snippet', async ({ page }, testInfo) => {
  await visit(page, testInfo, '/brew')
  expect(await dataLayer(page)).toEqual([DEFAULT, REDACT, event('load', false, false), ...SNIPPET])
})

test('accept all: consent update (all granted), then the consentry_consent event', async ({ page }, testInfo) => {
  await visit(page, testInfo, '/brew')
  await page.evaluate(() => window.consentry.acceptAll())
  expect((await dataLayer(page)).slice(5)).toEqual([['consent', 'update', signals(ALL)], event('change', true, true)])
})

test('reject all: consent update (all denied but security), then the event', async ({ page }, testInfo) => {
  await visit(page, testInfo, '/brew')
  await page.evaluate(() => window.consentry.rejectAll())
  expect((await dataLayer(page)).slice(5)).toEqual([['consent', 'update', signals([])], event('change', true, false)])
})

test('returning visitor: default, then the stored choice as an update, before any page command', async ({ page }, testInfo) => {
  await visit(page, testInfo, '/brew')
  await page.evaluate(() => window.consentry.set({ performance: true }))
  await page.reload()
  const performanceOnly = { necessary: true, functional: false, performance: true, marketing: false }
  expect(await dataLayer(page)).toEqual([
    DEFAULT,
    REDACT,
    ['consent', 'update', signals(['analytics_storage'])],
    {
      event: 'consentry_consent',
      consentry: { trigger: 'load', decided: true, choices: performanceOnly, services: { 'support-chat': false, 'google-analytics': true, 'meta-pixel': false, video: false }, granted: ['necessary', 'performance'] },
    },
    ...SNIPPET,
  ])
  // The held gtag.js saw the update before its config: it measured with consent.
  await expect.poll(async () => (await vendorLog(page)).consent).toEqual(['default denied', 'update granted'])
})

test('a gtag snippet above Consentry: the default is moved to the front and the site is told how to fix it', async ({ page }, testInfo) => {
  const warnings: string[] = []
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()))
  await visit(page, testInfo, '/gtag-above')
  expect(await dataLayer(page)).toEqual([DEFAULT, REDACT, ...SNIPPET, event('load', false, false)])
  // The explanation ships in consentry-placement.js, loaded when the misplacement is found.
  await settle(page)
  expect(warnings.some((w) => w.includes('sits above Consentry') && w.includes('docs/consent-mode.md'))).toBe(true)
})

test('GTM sees a returning visitor\'s consent before its first tag fires (the race reported against Klaro)', async ({ page }, testInfo) => {
  await visit(page, testInfo, '/tag-manager')
  await page.evaluate(() => window.consentry.set({ performance: true }))
  await page.reload()
  await expect.poll(async () => (await vendorLog(page)).fired.find((f) => f.tag === 'ga4')).toEqual({ tag: 'ga4', event: 'gtm.js', consent: 'granted' })
  expect((await vendorLog(page)).consent.slice(0, 2)).toEqual(['default denied', 'update granted'])
})

test('on a first visit GTM fires the consent-gated tag on the consentry_consent event, with consent already updated', async ({ page }, testInfo) => {
  await visit(page, testInfo, '/tag-manager')
  await expect.poll(async () => (await vendorLog(page)).runs).toContain('gtm')
  await settle(page)
  expect((await vendorLog(page)).fired.filter((f) => f.tag.startsWith('ga4'))).toEqual([])
  await page.evaluate(() => window.consentry.set({ performance: true }))
  expect((await vendorLog(page)).fired.filter((f) => f.tag.startsWith('ga4'))).toEqual([{ tag: 'ga4-late', event: 'consentry_consent', consent: 'granted' }])
})
