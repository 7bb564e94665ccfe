/**
 * How a page placed Consent Mode wrongly: a Google tag already ran (`late`), another script queued its
 * own consent default (`duplicate`), or the gtag snippet sits above Consentry (`above`).
 */
export type Misplacement = 'late' | 'duplicate' | 'above'

/**
 * Names the misplacement and its fix on the console. Its own module because only a misconfigured page
 * needs these texts: the embed loads it as `consentry-placement.js` when it finds one.
 */
export const reportMisplacement = (kind: Misplacement, name: string): void => {
  if (kind === 'late') {
    console.error(`consentry: a Google tag ran before Consentry, so tags may have fired without consent. Place the Consentry <script> above the Google tag / GTM snippet (docs/consent-mode.md).`)
  } else {
    console.warn(
      kind === 'duplicate'
        ? `consentry: ${name} already holds a "consent default" from another script; Consentry's goes first. Remove the other one.`
        : `consentry: the Google tag snippet sits above Consentry; its consent default was moved to the front of ${name}. Place the Consentry <script> first (docs/consent-mode.md).`,
    )
  }
}
