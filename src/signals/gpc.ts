/** Global Privacy Control: `navigator.globalPrivacyControl === true`. Read at call time, never at import. */
export const readGpc = (): boolean =>
  typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true
