import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { sampleReceipt } from './sample-receipt'
import { validateReceipt } from './validate-receipt'

const schema = JSON.parse(readFileSync(new URL('../../schema/consent-receipt.schema.json', import.meta.url), 'utf8'))
const ajv = new Ajv2020({ strict: false, allErrors: false })
addFormats(ajv)
const schemaAccepts = ajv.compile(schema)

/** Each case breaks one field of an otherwise valid receipt. */
const WRONG: [string, (receipt: Record<string, unknown>) => void, RegExp][] = [
  ['v is 2', (r) => (r.v = 2), /^receipt\.v must be 1 \(got 2\)$/],
  ['receiptId too short', (r) => (r.receiptId = 'short'), /receipt\.receiptId must be 16–64 characters/],
  ['receiptId with a space', (r) => (r.receiptId = 'abcdefgh ijklmnopq'), /receipt\.receiptId must be/],
  ['consentId too long', (r) => (r.consentId = 'a'.repeat(65)), /receipt\.consentId must be 16–64/],
  ['consentId a number', (r) => (r.consentId = 1234567890123456), /receipt\.consentId must be/],
  ['ts not a date', (r) => (r.ts = 'yesterday'), /receipt\.ts must be an ISO 8601 date-time/],
  ['ts impossible date', (r) => (r.ts = '2026-02-30T10:00:00Z'), /receipt\.ts must be an ISO 8601/],
  ['event unknown', (r) => (r.event = 'accept'), /receipt\.event must be one of grant, refuse, update, withdraw, renew, signal \(got "accept"\)/],
  ['choices an array', (r) => (r.choices = []), /receipt\.choices must be an object \(got array\)/],
  ['choices.necessary false', (r) => ((r.choices as Record<string, unknown>).necessary = false), /receipt\.choices\.necessary must be true \(got false\)/],
  ['choices.marketing missing', (r) => delete (r.choices as Record<string, unknown>).marketing, /receipt\.choices\.marketing is required/],
  ['choices.performance a string', (r) => ((r.choices as Record<string, unknown>).performance = 'yes'), /receipt\.choices\.performance must be a boolean/],
  ['custom category not boolean', (r) => ((r.choices as Record<string, unknown>).social = 1), /receipt\.choices\.social must be a boolean \(got 1\)/],
  ['services not booleans', (r) => (r.services = { video: 'on' }), /receipt\.services\.video must be a boolean/],
  ['previous an array', (r) => (r.previous = [true]), /receipt\.previous must be an object of booleans/],
  ['policyVersion too long', (r) => (r.policyVersion = 'x'.repeat(65)), /receipt\.policyVersion must be a string of at most 64/],
  ['policyVersion a number', (r) => (r.policyVersion = 3), /receipt\.policyVersion must be a string \(got 3\)/],
  ['revision negative', (r) => (r.revision = -1), /receipt\.revision must be an integer ≥ 0/],
  ['revision fractional', (r) => (r.revision = 1.5), /receipt\.revision must be an integer ≥ 0/],
  ['locale too long', (r) => (r.locale = 'x'.repeat(36)), /receipt\.locale must be a string of at most 35/],
  ['surface unknown', (r) => (r.surface = 'popup'), /receipt\.surface must be one of banner, preferences, api, signal/],
  ['action too long', (r) => (r.action = 'x'.repeat(33)), /receipt\.action must be a string of at most 32/],
  ['bannerHash uppercase', (r) => (r.bannerHash = 'A'.repeat(64)), /receipt\.bannerHash must be 64 lowercase hex/],
  ['bannerHash short', (r) => (r.bannerHash = 'a'.repeat(63)), /receipt\.bannerHash must be 64/],
  ['signals.gpc a string', (r) => (r.signals = { gpc: 'true' }), /receipt\.signals\.gpc must be a boolean/],
  ['signals.consentMode value', (r) => (r.signals = { consentMode: { ad_storage: 'maybe' } }), /receipt\.signals\.consentMode\.ad_storage must be one of granted, denied/],
  ['page too long', (r) => (r.page = `https://shop.example/${'p'.repeat(500)}`), /receipt\.page must be a string of at most 512/],
  ['sdk missing', (r) => delete r.sdk, /^receipt\.sdk is required$/],
  ['unknown field', (r) => (r.ip = '203.0.113.7'), /^receipt\.ip is not a field of consent receipt v1$/],
]

describe('validateReceipt', () => {
  it('accepts a valid receipt, as the JSON schema does', () => {
    const receipt = sampleReceipt()
    expect(schemaAccepts(receipt)).toBe(true)
    expect(validateReceipt(receipt)).toEqual({ ok: true, receipt })
  })

  it('accepts the minimal receipt (optional fields left out) and extra categories', () => {
    const { services: _s, previous: _p, action: _a, signals: _g, page: _pg, ...minimal } = sampleReceipt()
    const receipt = { ...minimal, choices: { ...minimal.choices, social: true } }
    expect(schemaAccepts(receipt)).toBe(true)
    expect(validateReceipt(receipt).ok).toBe(true)
  })

  it.each(WRONG)('rejects %s, naming the field, like the JSON schema', (_name, breakIt, message) => {
    const receipt = structuredClone(sampleReceipt()) as unknown as Record<string, unknown>
    breakIt(receipt)
    expect(schemaAccepts(receipt)).toBe(false)
    const result = validateReceipt(receipt)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatch(message)
  })

  it('rejects what is not an object', () => {
    for (const value of [null, [], 'receipt', 42]) expect(validateReceipt(value)).toMatchObject({ ok: false, error: expect.stringMatching(/^receipt must be a JSON object/) })
  })

  it('goes beyond the schema on one point: page must not carry a query string or fragment', () => {
    expect(validateReceipt(sampleReceipt({ page: 'https://shop.example/?email=a@b.example' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/receipt\.page must be an origin and path without query string or fragment/),
    })
  })
})
