// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readConfig } from './read-config'

const tag = (endpoint?: string) => {
  const script = document.createElement('script')
  if (endpoint) script.setAttribute('data-endpoint', endpoint)
  return script
}

afterEach(() => {
  document.body.replaceChildren()
  delete (window as { consentryConfig?: unknown }).consentryConfig
})

describe('readConfig', () => {
  it('lets window.consentryConfig override the JSON block, and data-endpoint override both, key by key', () => {
    document.body.innerHTML = '<script type="application/json" id="consentry-config">{"endpoint":"/json","revision":2,"language":"de"}</script>'
    ;(window as { consentryConfig?: unknown }).consentryConfig = { endpoint: '/window', revision: 3 }
    const report = vi.fn()
    expect(readConfig(tag('/tag'), report)).toEqual({ endpoint: '/tag', revision: 3, language: 'de' })
    expect(readConfig(tag(), report)).toEqual({ endpoint: '/window', revision: 3, language: 'de' })
    expect(report).not.toHaveBeenCalled()
  })

  it('reports broken JSON and a config that is not an object, and uses the rest', () => {
    document.body.innerHTML = '<script type="application/json" id="consentry-config">{nope</script>'
    ;(window as { consentryConfig?: unknown }).consentryConfig = 'x'
    const report = vi.fn()
    expect(readConfig(tag('/tag'), report)).toEqual({ endpoint: '/tag' })
    expect(report.mock.calls.map((call) => call[0])).toEqual([
      expect.stringMatching(/^consentry: #consentry-config is not valid JSON \(.+\); using the rest of the config$/),
      'consentry: the config must be an object (ignored one that is not)',
    ])
  })
})
