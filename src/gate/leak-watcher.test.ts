import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { watchLeaks } from './leak-watcher'

// Node's fetch records real resource timing entries, so the watcher sees real requests here.
let server: Server
afterEach(() => {
  server?.close()
  vi.restoreAllMocks()
})

const serve = async () => {
  server = createServer((_request, response) => response.end('ok'))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

describe('watchLeaks', () => {
  it('warns once for each request the gate calls a leak, naming the URL and its owner, and stops when told', async () => {
    const origin = await serve()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const stop = watchLeaks((entries) =>
      entries.filter(({ name }) => name.includes('/pixel')).map(({ name, startTime }) => ({ category: 'marketing', service: 'meta-pixel', url: name, at: startTime })),
    )
    await (await fetch(`${origin}/pixel?ev=1`)).text()
    await (await fetch(`${origin}/allowed`)).text()
    await vi.waitFor(() => expect(warn).toHaveBeenCalled())
    stop()
    await (await fetch(`${origin}/pixel?ev=2`)).text()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(warn.mock.calls.map(([message]) => message)).toEqual([`consentry: leak: ${origin}/pixel?ev=1 (meta-pixel) was requested before it was allowed`])
  })
})
