/**
 * Returns an absolute http(s) URL for a link from the config, or `null`: a `javascript:` or `data:` URL
 * must never become a clickable link, whoever wrote the config.
 */
export const safeUrl = (value: unknown, base: string): string | null => {
  if (typeof value !== 'string' || !value.trim()) return null
  try {
    const url = new URL(value, base)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}
