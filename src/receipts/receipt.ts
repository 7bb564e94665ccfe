import { canonicalJson } from './canonical'
import { consentModeOf } from './consent-mode'
import type { Capture, ConsentReceipt } from './types'
import { SDK } from './version'

/**
 * What a receipt's bannerHash is the SHA-256 of: the exact string the UI showed, or, for changes made
 * through the API, the canonical JSON of `{ policyVersion, revision, categories }` from the config.
 */
export const bannerBasis = (capture: Capture): string => capture.change.shown ?? canonicalJson(capture.config ?? null)

/**
 * Builds the receipt for a captured change, exactly per `schema/consent-receipt.schema.json`. `null` when
 * there is nothing to prove (no consent ID was ever given). Lengths are clamped to the schema's limits so
 * an odd config never gets a receipt refused.
 */
export const receiptOf = (id: string, capture: Capture, bannerHash: string): ConsentReceipt | null => {
  const { change } = capture
  const { state, before } = change
  // reset() leaves the state without a consent ID; the withdrawal belongs to the one it had.
  const consentId = state.consentId ?? before.consentId
  if (!consentId) return null
  const receipt: ConsentReceipt = {
    v: 1,
    receiptId: id,
    consentId,
    ts: new Date(capture.now).toISOString(),
    event: change.event,
    choices: state.choices,
    // A re-consent after a revision or expiry is not a first choice: the lapsed choices came before it.
    previous: before.decided ? before.choices : (before.previous?.choices ?? null),
    policyVersion: state.policyVersion.slice(0, 64),
    revision: state.revision,
    locale: (change.locale || capture.lang || 'und').slice(0, 35),
    surface: change.surface,
    action: change.action.slice(0, 32),
    bannerHash,
    signals: { gpc: state.gpc },
    sdk: SDK,
  }
  if (Object.keys(state.services).length) receipt.services = state.services
  const consentMode = consentModeOf(capture.gtag)
  if (consentMode) receipt.signals = { gpc: state.gpc, consentMode }
  if (capture.page) receipt.page = capture.page.slice(0, 512)
  return receipt
}
