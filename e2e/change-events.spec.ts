import { expect, test } from '@playwright/test'

test('on("change") and the consentry:change DOM event fire once per change', async ({ page }) => {
  await page.goto('/')
  const events = await page.evaluate(() => {
    const seen: string[] = []
    window.consentry.on('change', (change) => seen.push(`on:${change.event}`))
    document.addEventListener('consentry:change', (e) => seen.push(`dom:${(e as CustomEvent).detail.event}`))
    window.consentry.set({ performance: true })
    window.consentry.set({ performance: true })
    window.consentry.set({ marketing: true })
    window.consentry.set({ marketing: false })
    return seen
  })
  expect(events).toEqual(['on:grant', 'dom:grant', 'on:update', 'dom:update', 'on:withdraw', 'dom:withdraw'])
})

test('on() returns an unsubscribe function', async ({ page }) => {
  await page.goto('/')
  const count = await page.evaluate(() => {
    let n = 0
    const off = window.consentry.on('change', () => n++)
    window.consentry.acceptAll()
    off()
    window.consentry.rejectAll()
    return n
  })
  expect(count).toBe(1)
})
