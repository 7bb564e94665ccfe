import { randomBytes } from 'node:crypto'
import { mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { pgSql } from './pg-sql'
import { runCli } from './run-cli'
import { sampleReceipt } from './sample-receipt'
import { openStore, type StoreOptions } from './store'
import { TEST_DATABASE_URL, tamper } from './test-stores'

// Every command opens the database anew; an embedded store takes seconds to open on a busy machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 })

const schema = `consentry_test_cli_${randomBytes(4).toString('hex')}`
afterAll(async () => {
  const sql = await pgSql({ connectionString: TEST_DATABASE_URL })
  await sql.exec(`drop schema if exists ${schema} cascade`)
  await sql.close()
})

const cli = async (args: string[]) => {
  const io = { out: '', err: '' }
  const code = await runCli(args, { out: (text) => (io.out += `${text}\n`), err: (text) => (io.err += `${text}\n`), env: {} })
  return { code, ...io }
}

const dir = mkdtempSync(join(tmpdir(), 'consentry-cli-'))
const TARGETS: { name: string; args: string[]; store: StoreOptions }[] = [
  { name: 'postgresql', args: ['--database-url', TEST_DATABASE_URL ?? 'postgres://', '--schema', schema], store: { databaseUrl: TEST_DATABASE_URL ?? 'postgres://', schema } },
  { name: 'pglite', args: ['--data-dir', join(dir, 'store')], store: { dataDir: join(dir, 'store') } },
]

describe.each(TARGETS)('consentry-collector on $name', ({ name, args, store: storeOptions }) => {
  it('keygen, checkpoint, verify with the public key, export, hold/erase, purge — and verify fails after tampering', async () => {
    const keys = join(dir, `keys-${name}`)
    expect(await cli(['keygen', '--out', keys])).toMatchObject({ code: 0, out: expect.stringMatching(/signing-key\.pub\.pem/) })
    expect(statSync(join(keys, 'signing-key.pem')).mode & 0o777).toBe(0o600)
    expect((await cli(['keygen', '--out', keys])).err).toMatch(/already exists/)

    const mine = sampleReceipt().consentId
    const store = await openStore(storeOptions)
    for (const receipt of [sampleReceipt({ consentId: mine }), sampleReceipt(), sampleReceipt({ consentId: mine, event: 'withdraw' })]) {
      await store.writer.append(receipt, 'https://shop.example')
    }
    await store.close()

    const signed = await cli([...args, 'checkpoint', '--key-file', join(keys, 'signing-key.pem')])
    expect(signed.code).toBe(0)
    const checkpointFile = join(dir, `checkpoint-${name}.json`)
    writeFileSync(checkpointFile, signed.out)
    expect(JSON.parse(signed.out)).toMatchObject({ v: 1, seq: 3 })

    const verified = await cli([...args, 'verify', '--public-key', join(keys, 'signing-key.pub.pem'), '--checkpoint', checkpointFile])
    expect(verified).toMatchObject({ code: 0, out: expect.stringMatching(/chain verified ✓ {2}3 records .*\ncheckpoints: 1 matched, signatures checked/) })

    const csv = await cli([...args, 'export', '--consent-id', mine, '--format', 'csv'])
    expect(csv.code).toBe(0)
    expect(csv.out.trim().split('\r\n')).toHaveLength(3)
    expect((await cli([...args, 'export', '--consent-id', mine, '--format', 'xml'])).code).toBe(2)

    expect((await cli([...args, 'hold', '--consent-id', mine, '--reason', 'case 7'])).code).toBe(0)
    expect(await cli([...args, 'erase', '--consent-id', mine])).toMatchObject({ code: 1, err: expect.stringMatching(/under legal hold \(case 7\)/) })
    expect((await cli([...args, 'release', '--consent-id', mine])).code).toBe(0)
    expect(await cli([...args, 'erase', '--consent-id', mine])).toMatchObject({ code: 0, out: expect.stringMatching(/erased 2 receipt bodies/) })

    expect(await cli([...args, 'purge', '--retention-years', '1'])).toMatchObject({ code: 1, err: expect.stringMatching(/--allow-short-retention/) })
    expect(JSON.parse((await cli([...args, 'purge'])).out)).toMatchObject({ purged: 0 })

    const tampered = await openStore(storeOptions)
    await tamper(tampered, `update receipts set body = replace(body, '"marketing":false', '"marketing":true') where seq = 2`)
    await tampered.close()
    expect(await cli([...args, 'verify'])).toMatchObject({ code: 1, err: expect.stringMatching(/chain BROKEN: record #2: the receipt body was edited/) })
  })
})

it('prints usage for no command and exits 2 for an unknown one', async () => {
  expect(await cli([])).toMatchObject({ code: 2, out: expect.stringMatching(/^consentry-collector <command>/) })
  expect(await cli(['frobnicate', '--data-dir', join(dir, 'unused')])).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command "frobnicate"/) })
})
