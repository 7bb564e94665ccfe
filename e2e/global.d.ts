import type { Consentry } from '../src/index'

declare global {
  interface Window {
    consentry: Consentry & { push(call: unknown): void }
    consentryConfig?: unknown
  }
}
