/**
 * Canonical JSON: object keys sorted at every level, no whitespace, JSON's own rules otherwise (`undefined`
 * members left out, `undefined` array items written as `null`). Equal content always gives the same string
 * whatever the key order, so anyone holding the texts and configuration can recompute a receipt's
 * bannerHash, and the collector's hash chain never depends on how a browser serialised a receipt.
 * Keys that look like array indices (`"2"`, `"10"`) come first, in numeric order, as JavaScript orders them.
 */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_, item: Record<string, unknown>) =>
    item && typeof item == 'object' && !Array.isArray(item) ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, item[key]])) : item,
  ) ?? 'null'
