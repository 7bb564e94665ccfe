import { hex, sha256HexSync } from './sha256'

/**
 * SHA-256 hex of `text` with Web Crypto. Plain-http pages outside localhost have no `crypto.subtle`:
 * there the same digest comes from the pure-JavaScript implementation, so receipts stay verifiable.
 */
export const sha256Hex = async (text: string): Promise<string> => {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return sha256HexSync(text)
  return hex(new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text))), 2)
}
