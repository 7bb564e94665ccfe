/** A URL-safe random id of `bytes` random bytes (16 bytes: 128 bits, 22 characters). */
export const randomId = (bytes = 16): string => {
  const binary = String.fromCharCode(...crypto.getRandomValues(new Uint8Array(bytes)))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
