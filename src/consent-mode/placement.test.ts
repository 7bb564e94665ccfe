import { afterEach, describe, expect, it, vi } from 'vitest'
import { reportMisplacement } from './placement'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('reportMisplacement', () => {
  it('reports a Google tag that ran first as an error naming the fix', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    reportMisplacement('late', 'dataLayer')
    expect(error).toHaveBeenCalledOnce()
    expect(error.mock.calls[0][0]).toMatch(/a Google tag ran before Consentry.*Place the Consentry <script> above.*docs\/consent-mode\.md/)
  })

  it('warns about another consent default and about a snippet above Consentry, naming the dataLayer', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    reportMisplacement('duplicate', 'myLayer')
    reportMisplacement('above', 'myLayer')
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      expect.stringMatching(/^consentry: myLayer already holds a "consent default" from another script; .*Remove the other one\.$/),
      expect.stringMatching(/^consentry: the Google tag snippet sits above Consentry; .*front of myLayer\. Place the Consentry <script> first/),
    ])
  })
})
