import { describe, expect, it } from 'vitest'
import { sha256Hex } from './hash'
import { sha256HexSync } from './sha256'

describe('sha256Hex', () => {
  it('uses Web Crypto where it exists and gives the same digest as the fallback', async () => {
    expect(globalThis.crypto?.subtle).toBeDefined()
    for (const text of ['', 'abc', 'Wir verwenden Cookies 🍪', 'x'.repeat(1000)]) expect(await sha256Hex(text)).toBe(sha256HexSync(text))
  })
})
