import { describe, expect, it } from 'vitest'
import { coarseIp, createRateLimiter } from './rate-limit'

describe('coarseIp', () => {
  it('keeps only the network: IPv4 /24, IPv6 /48, IPv4-mapped IPv6 as IPv4', () => {
    expect(coarseIp('203.0.113.77')).toBe('203.0.113.0/24')
    expect(coarseIp('::ffff:203.0.113.77')).toBe('203.0.113.0/24')
    expect(coarseIp('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd::/48')
    expect(coarseIp('2001:db8::1')).toBe('2001:db8::/48')
  })
})

describe('createRateLimiter', () => {
  it('allows a burst, then refills at the configured rate', () => {
    let now = 0
    const limiter = createRateLimiter({ perMinute: 60, burst: 2, now: () => now })
    expect([limiter.allow('192.0.2.1'), limiter.allow('192.0.2.2'), limiter.allow('192.0.2.3')]).toEqual([true, true, false])
    now += 1000
    expect([limiter.allow('192.0.2.1'), limiter.allow('192.0.2.1')]).toEqual([true, false])
    expect(limiter.allow('198.51.100.1')).toBe(true)
  })
})
