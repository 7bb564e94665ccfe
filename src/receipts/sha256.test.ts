import { webcrypto } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256HexSync } from './sha256'

const webCrypto = async (text: string) =>
  Buffer.from(await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex')

describe('sha256HexSync', () => {
  it('matches the FIPS 180-2 test vectors', () => {
    expect(sha256HexSync('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256HexSync('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256HexSync('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
    expect(sha256HexSync('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0')
  })

  it('agrees with Web Crypto on every length around the block boundaries', async () => {
    for (let length = 0; length <= 200; length++) {
      const text = 'x'.repeat(length)
      expect(sha256HexSync(text), `length ${length}`).toBe(await webCrypto(text))
    }
  })

  it('hashes the UTF-8 bytes of any text, as Web Crypto does', async () => {
    const samples = ['Kami menggunakan kuki 🍪', 'نستخدم ملفات تعريف الارتباط', 'Wir verwenden Cookies – “Alle akzeptieren”', '\u0000\uffff\ud83d\ude00', 'a'.repeat(70_000)]
    let seed = 7
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    for (let i = 0; i < 50; i++) samples.push(String.fromCodePoint(...Array.from({ length: 1 + Math.floor(random() * 150) }, () => Math.floor(random() * 0x2ffff) % 0xd7ff)))
    for (const text of samples) expect(sha256HexSync(text)).toBe(await webCrypto(text))
  })
})
