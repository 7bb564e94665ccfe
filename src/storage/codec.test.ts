import { describe, expect, it } from 'vitest'
import type { ConsentRecord } from '../core/types'
import { decodeRecord, encodeRecord } from './codec'

const record: ConsentRecord = {
  consentId: 'AbCdEfGhIjKlMnOpQrStUv',
  revision: 3,
  policyVersion: '2024-05',
  updatedAt: 1_764_000_000,
  categories: ['functional', 'performance'],
  services: ['google-analytics', 'support-chat'],
  gpc: 0,
}

describe('cookie codec', () => {
  it('round-trips a record', () => {
    expect(decodeRecord(encodeRecord(record))).toEqual(record)
  })

  it('round-trips refusals, GPC flags and policy versions with dots, tildes and unicode', () => {
    for (const variant of [
      { ...record, categories: [], services: [], gpc: 1 as const },
      { ...record, policyVersion: 'v1.2~beta.ü 🍪', gpc: 2 as const },
      { ...record, revision: 0, updatedAt: 0 },
    ]) {
      expect(decodeRecord(encodeRecord(variant))).toEqual(variant)
    }
  })

  it('stays compact', () => {
    expect(encodeRecord(record).length).toBeLessThan(120)
  })

  const encoded = encodeRecord(record)
  it.each([
    ['nothing', undefined],
    ['a number', 42],
    ['empty', ''],
    ['garbage', 'hello world'],
    ['truncated', encoded.slice(0, -3)],
    ['truncated mid-field', encoded.slice(0, 30)],
    ['another version', `2${encoded.slice(1)}`],
    ['huge', `${encoded}${'x'.repeat(5000)}`],
    ['JSON injection', '{"consentId":"x","categories":["marketing"]}'],
    ['an extra field', `${encoded}.x`],
    ['a granted category added by hand', encoded.replace('functional~performance', 'functional~performance~marketing')],
    ['a forged check', `${encoded.slice(0, encoded.lastIndexOf('.'))}.abc`],
    ['a short consent id', encoded.replace(record.consentId, 'short')],
    ['a category with an uppercase id', encoded.replace('functional', 'Functional')],
    ['a broken percent-encoding', encodeRecord({ ...record, policyVersion: '%' }).replace('%25', '%E0%A4%A')],
    ['null bytes', `1.${'\u0000'.repeat(30)}`],
  ])('reads %s as no record', (_name, value) => {
    expect(decodeRecord(value)).toBeNull()
  })
})
