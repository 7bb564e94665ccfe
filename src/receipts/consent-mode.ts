type ConsentModeState = Record<string, 'granted' | 'denied'>

/**
 * The Google Consent Mode state a page has sent, replayed from its `dataLayer` (`gtag('consent', …)`
 * pushes `['consent', 'default' | 'update', { ad_storage: 'granted', … }]`; once stored as JSON, an
 * `arguments` object reads the same way). Region-scoped defaults are skipped: whether they apply to
 * this visitor is Google's decision, not something the page knows.
 * `undefined` when the page sent none.
 */
export const consentModeOf = (dataLayer: unknown): ConsentModeState | undefined => {
  if (!Array.isArray(dataLayer)) return
  let state: ConsentModeState | undefined
  for (const entry of dataLayer) {
    const values = entry?.[2]
    if (entry?.[0] != 'consent' || !(entry[1] == 'update' || (entry[1] == 'default' && !values?.region)) || typeof values != 'object') continue
    for (const key in values) if (values[key] == 'granted' || values[key] == 'denied') (state ??= {})[key] = values[key]
  }
  return state
}
