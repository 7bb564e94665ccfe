import { randomBytes } from 'node:crypto'
import type { ConsentReceipt } from './validate-receipt'

const id = () => randomBytes(16).toString('base64url')

/** A valid receipt with fresh IDs, for tests and the load benchmark. */
export const sampleReceipt = (overrides: Partial<ConsentReceipt> = {}): ConsentReceipt => ({
  v: 1,
  receiptId: id(),
  consentId: id(),
  ts: new Date().toISOString(),
  event: 'grant',
  choices: { necessary: true, functional: true, performance: false, marketing: false },
  previous: null,
  policyVersion: '2026-11',
  revision: 1,
  locale: 'en',
  surface: 'banner',
  action: 'save',
  bannerHash: 'a'.repeat(64),
  signals: { gpc: false, consentMode: { analytics_storage: 'denied', ad_storage: 'denied' } },
  page: 'https://shop.example/products',
  sdk: 'consentry@0.1.0',
  ...overrides,
})
