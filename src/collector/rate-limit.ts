import { randomBytes } from 'node:crypto'
import { isIPv4 } from 'node:net'
import { sha256Hex } from './hash'

/**
 * The network an address belongs to (IPv4 /24, IPv6 /48): coarse enough that the key does not single out
 * one device, fine enough to slow down one abuser.
 */
export const coarseIp = (ip: string): string => {
  const address = ip.replace(/^::ffff:(?=\d+\.)/, '')
  if (isIPv4(address)) return `${address.split('.').slice(0, 3).join('.')}.0/24`
  const [head] = address.split('::')
  return `${head.split(':').slice(0, 3).join(':')}::/48`
}

export interface RateLimitOptions {
  /** Receipts per minute per network; default 120 (a visitor sends a handful). */
  perMinute?: number
  /** Short bursts allowed above the rate; default 60. */
  burst?: number
  /** Salt for the network hash; random per process by default, so keys mean nothing elsewhere. */
  salt?: string
  now?: () => number
}

/**
 * A token bucket per salted hash of the coarse network. Only the hash is kept, in memory, never stored.
 * `allow(ip)` spends one token and says whether the request may proceed.
 */
export const createRateLimiter = ({ perMinute = 120, burst = 60, salt = randomBytes(16).toString('hex'), now = Date.now }: RateLimitOptions = {}) => {
  const buckets = new Map<string, { tokens: number; at: number }>()
  const perMs = perMinute / 60_000
  const refill = (bucket: { tokens: number; at: number }, time: number) => {
    bucket.tokens = Math.min(burst, bucket.tokens + (time - bucket.at) * perMs)
    bucket.at = time
  }
  return {
    allow(ip: string): boolean {
      const time = now()
      const key = sha256Hex(`${salt}|${coarseIp(ip)}`).slice(0, 32)
      const bucket = buckets.get(key) ?? { tokens: burst, at: time }
      refill(bucket, time)
      if (buckets.size > 10_000) for (const [other, entry] of buckets) if ((refill(entry, time), entry.tokens >= burst)) buckets.delete(other)
      if (bucket.tokens < 1) return false
      bucket.tokens -= 1
      buckets.set(key, bucket)
      return true
    },
  }
}

export type RateLimiter = ReturnType<typeof createRateLimiter>
