import { createHash } from 'node:crypto'

/** The `prevHash` of the first record: the chain starts from a known value, not from nothing. */
export const GENESIS_HASH = '0'.repeat(64)

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex')

/** What one chain link commits to. The receipt enters only through its hash, so erasing a body keeps the chain. */
export interface LinkFields {
  prevHash: string
  seq: number
  receivedAt: Date
  site: string
  bodyHash: string
}

/**
 * The record hash: covers the previous hash and the canonical receipt (via `bodyHash`), so editing,
 * deleting or reordering any record breaks every later link.
 */
export const linkHash = ({ prevHash, seq, receivedAt, site, bodyHash }: LinkFields): string =>
  sha256Hex(`consentry-chain/v1\n${prevHash}\n${seq}\n${receivedAt.toISOString()}\n${site}\n${bodyHash}`)
