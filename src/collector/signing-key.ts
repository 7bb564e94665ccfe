import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateSigningKeys } from './checkpoint'

export const KEY_FILE = 'signing-key.pem'
export const PUBLIC_KEY_FILE = 'signing-key.pub.pem'

/** A PEM given inline or a path to one. */
export const readPem = (value: string): string => (value.includes('-----BEGIN') ? value : readFileSync(value, 'utf8'))

/**
 * The checkpoint signing key: `CONSENTRY_SIGNING_KEY` (PEM), an explicit key file, or the one `keygen`
 * left in the embedded store's folder. Null when none is configured (checkpoints are then off).
 */
export const findSigningKey = ({ keyFile, dataDir, env = process.env }: { keyFile?: string; dataDir?: string; env?: NodeJS.ProcessEnv }): string | null => {
  if (env.CONSENTRY_SIGNING_KEY) return env.CONSENTRY_SIGNING_KEY
  if (keyFile) return readPem(keyFile)
  const local = dataDir ? join(dataDir, KEY_FILE) : null
  return local && existsSync(local) ? readFileSync(local, 'utf8') : null
}

/** Writes a new key pair into `dir`; never overwrites a key (that would orphan its checkpoints). */
export const writeSigningKeys = (dir: string): { privateKeyFile: string; publicKeyFile: string } => {
  const privateKeyFile = join(dir, KEY_FILE)
  const publicKeyFile = join(dir, PUBLIC_KEY_FILE)
  if (existsSync(privateKeyFile)) throw new Error(`consentry collector: ${privateKeyFile} already exists; move it away first to make a new key`)
  mkdirSync(dir, { recursive: true })
  const { privateKey, publicKey } = generateSigningKeys()
  writeFileSync(privateKeyFile, privateKey, { mode: 0o600 })
  writeFileSync(publicKeyFile, publicKey)
  return { privateKeyFile, publicKeyFile }
}
