import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'
import type { Queryable, Sql } from './sql'

/**
 * A signed statement "the log's record #seq has hash H" at a time. Anyone holding the public key and one
 * published checkpoint can later prove that the history up to #seq was not rewritten.
 */
export interface Checkpoint {
  v: 1
  seq: number
  hash: string
  signedAt: string
  /** First 16 hex characters of the SHA-256 of the public key (SPKI DER). */
  keyId: string
  /** Ed25519 signature of `checkpointMessage(…)`, base64. */
  signature: string
}

/** A new Ed25519 key pair as PEM (PKCS#8 private, SPKI public). */
export const generateSigningKeys = (): { privateKey: string; publicKey: string } => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return { privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() }
}

/** A public KeyObject as is; a PEM, or a private key, turned into its public key. */
const asPublicKey = (key: KeyObject | string): KeyObject => (typeof key !== 'string' && key.type === 'public' ? key : createPublicKey(key))

export const keyId = (publicKey: KeyObject | string): string =>
  createHash('sha256').update(asPublicKey(publicKey).export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16)

/** The exact bytes signed: versioned, so a signature cannot be replayed as another kind of statement. */
export const checkpointMessage = ({ seq, hash, signedAt }: Pick<Checkpoint, 'seq' | 'hash' | 'signedAt'>): Buffer =>
  Buffer.from(`consentry-checkpoint/v1\n${seq}\n${hash}\n${signedAt}`)

/** Checks a checkpoint's signature with the public key alone. */
export const checkpointSignatureValid = (checkpoint: Checkpoint, publicKey: string | KeyObject): boolean => {
  const key = asPublicKey(publicKey)
  return checkpoint.keyId === keyId(key) && verify(null, checkpointMessage(checkpoint), key, Buffer.from(checkpoint.signature, 'base64'))
}

/**
 * Signs the current chain head and stores the checkpoint; returns null while the log is empty.
 * Reads the head under the writer's lock so the signed hash is one that was committed.
 */
export const createCheckpoint = async (sql: Sql, privateKey: string | KeyObject, now = new Date()): Promise<Checkpoint | null> => {
  const key = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey
  return sql.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext(current_schema() || '.consentry-chain'))`)
    const { rows } = await tx.query<{ seq: string | number; hash: string }>('select seq, hash from chain_head where id = 1')
    const seq = Number(rows[0].seq)
    if (seq === 0) return null
    const unsigned = { seq, hash: rows[0].hash, signedAt: now.toISOString() }
    const checkpoint: Checkpoint = {
      v: 1,
      ...unsigned,
      keyId: keyId(key),
      signature: sign(null, checkpointMessage(unsigned), key).toString('base64'),
    }
    await tx.query('insert into checkpoints (seq, hash, signed_at, key_id, signature) values ($1, $2, $3, $4, $5) on conflict do nothing', [
      checkpoint.seq,
      checkpoint.hash,
      checkpoint.signedAt,
      checkpoint.keyId,
      checkpoint.signature,
    ])
    return checkpoint
  })
}

type CheckpointRow = { seq: string | number; hash: string; signed_at: Date | string; key_id: string; signature: string }

const toCheckpoint = (row: CheckpointRow): Checkpoint => ({
  v: 1,
  seq: Number(row.seq),
  hash: row.hash,
  signedAt: new Date(row.signed_at).toISOString(),
  keyId: row.key_id,
  signature: row.signature,
})

/** Every stored checkpoint, oldest first. */
export const storedCheckpoints = async (db: Queryable): Promise<Checkpoint[]> =>
  (await db.query<CheckpointRow>('select seq, hash, signed_at, key_id, signature from checkpoints order by seq, signed_at')).rows.map(toCheckpoint)

/** The newest checkpoint, or null before the first one. */
export const latestCheckpoint = async (db: Queryable): Promise<Checkpoint | null> => {
  const { rows } = await db.query<CheckpointRow>('select seq, hash, signed_at, key_id, signature from checkpoints order by seq desc, signed_at desc limit 1')
  return rows.length ? toCheckpoint(rows[0]) : null
}
