import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/** e2e drives the system Chromium (Playwright's own browser downloads are not available everywhere). */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromium)) {
  throw new Error(
    `consentry e2e: no Chromium at ${chromium}. Install it (Debian/Ubuntu: \`apt-get install -y chromium\`) ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  )
}

export const DEMO_PORT = Number(process.env.DEMO_PORT ?? 4310)

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'list' : 'line',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${DEMO_PORT}`,
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `node demo/server.mjs --port ${DEMO_PORT}`,
      // The demo's collector starts each e2e run from an empty proof log.
      env: { CONSENTRY_DEMO_FRESH: '1' },
      url: `http://localhost:${DEMO_PORT}/healthz`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Fake third-party vendors on their own origins (ports 4401–4405), for the gating specs.
      command: 'node e2e/fixtures/vendors.mjs',
      url: 'http://127.0.0.1:4401/__health',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
})
