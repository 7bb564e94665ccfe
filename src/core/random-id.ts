/** A URL-safe random id of `bytes` random bytes (16 bytes: 128 bits, 22 characters). */
export const randomId = (bytes = 16): string => {
  const data = crypto.getRandomValues(new Uint8Array(bytes))
  let binary = ''
  for (const byte of data) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
