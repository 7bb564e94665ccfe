export { startConsentMode } from './consent-mode'
export { CONSENT_TYPES, DEFAULT_MAPPING, signalsFor } from './signals'
export type { ConsentSignals, ConsentType } from './signals'
