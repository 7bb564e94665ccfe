// The `consentry-collector` command as an operator runs it: the built binary, a real process, real HTTP.
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { sampleReceipt } from './sample-receipt'

vi.setConfig({ testTimeout: 180_000 })

const BIN = join(import.meta.dirname, '../../dist/bin/consentry-collector.js')
const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'consentry-serve-'))
const store = ['--data-dir', join(dir, 'store')]
let server: ChildProcess | undefined
afterAll(() => server?.kill('SIGKILL'))

/** Starts `serve` and resolves once it says it listens. */
const serve = (port: number) =>
  new Promise<ChildProcess>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--host', '127.0.0.1', '--origins', 'https://shop.example', '--admin-token', 'secret-token', '--key-file', join(dir, 'keys/signing-key.pem'), ...store])
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      if (output.includes('listening on')) resolve(child)
    })
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)))
  })

describe('consentry-collector serve', () => {
  it('stores receipts over HTTP, answers the data-subject request, and signs a checkpoint on shutdown that verify accepts', async () => {
    expect(existsSync(BIN), 'run `npm run build` first: this test runs the built command').toBe(true)
    await run(process.execPath, [BIN, 'keygen', '--out', join(dir, 'keys')])
    const port = 20_000 + Math.floor(Math.random() * 20_000)
    server = await serve(port)
    const base = `http://127.0.0.1:${port}`

    const receipt = sampleReceipt()
    const post = () =>
      fetch(`${base}/v1/receipts`, { method: 'POST', body: JSON.stringify(receipt), headers: { 'content-type': 'text/plain', origin: 'https://shop.example' } })
    expect((await post()).status).toBe(201)
    expect((await post()).status).toBe(200)
    expect((await fetch(`${base}/healthz`)).status).toBe(200)
    expect((await fetch(`${base}/v1/consents/${receipt.consentId}`)).status).toBe(401)
    const answer = await fetch(`${base}/v1/consents/${receipt.consentId}`, { headers: { authorization: 'Bearer secret-token' } })
    expect(answer.status).toBe(200)
    expect(JSON.stringify(await answer.json())).toContain(receipt.receiptId)

    const exited = new Promise((resolve) => server!.once('exit', resolve))
    server.kill('SIGTERM')
    expect(await exited).toBe(0)

    const verified = await run(process.execPath, [BIN, 'verify', '--public-key', join(dir, 'keys/signing-key.pub.pem'), ...store])
    expect(verified.stdout).toMatch(/chain verified ✓ {2}1 records/)
    expect(verified.stdout).toMatch(/checkpoints: 1 matched, signatures checked/)
  })
})
