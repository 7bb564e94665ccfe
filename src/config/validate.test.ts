import { describe, expect, it } from 'vitest'
import { validateConfig } from './validate'

const errorsOf = (config: unknown) => validateConfig(config).errors

const service = (extra: object = {}) => ({ id: 'ga', name: 'Google Analytics', ...extra })

describe('validateConfig', () => {
  it('accepts an empty config, nothing and a full valid config', () => {
    expect(errorsOf(undefined)).toEqual([])
    expect(errorsOf({})).toEqual([])
    expect(
      errorsOf({
        endpoint: 'https://consent.example.com/v1/receipts',
        policyVersion: '2024-05',
        revision: 3,
        language: 'pt-BR',
        translations: { id: { banner: { title: 'Kuki' } } },
        cookie: { name: 'consent', domain: 'example.com', path: '/', sameSite: 'Lax', secure: true, expiresDays: 365 },
        refusalDays: 180,
        gpc: false,
        privacyPolicyUrl: '/privacy',
        debug: true,
        categories: {
          performance: {
            reloadOnWithdraw: false,
            services: [
              service({
                purpose: 'Counts visits',
                provider: 'Google',
                party: 'third',
                blocks: ['*.google-analytics.com'],
                cookies: [{ name: '_ga', duration: '13 months' }, { pattern: '^_ga_', duration: '2 years', purpose: 'State' }],
              }),
            ],
          },
          social: { services: [] },
        },
      }),
    ).toEqual([])
  })

  it.each([
    [{ endpoint: 'javascript:alert(1)' }, 'consentry: endpoint must be an http(s) URL or a path starting with "/" (got "javascript:alert(1)")'],
    [{ endpoint: '//evil.example/x' }, 'consentry: endpoint must be an http(s) URL or a path starting with "/" (got "//evil.example/x")'],
    [{ policyVersion: '' }, 'consentry: policyVersion must be a string of 1 to 64 characters (got "")'],
    [{ policyVersion: 5 }, 'consentry: policyVersion must be a string of 1 to 64 characters (got 5)'],
    [{ revision: -1 }, 'consentry: revision must be a whole number from 0 to 2147483647 (got -1)'],
    [{ revision: 1.5 }, 'consentry: revision must be a whole number from 0 to 2147483647 (got 1.5)'],
    [{ revision: '2' }, 'consentry: revision must be a whole number from 0 to 2147483647 (got "2")'],
    [{ language: 'English' }, 'consentry: language must be "auto" or a language tag such as "en" or "pt-BR" (got "English")'],
    [{ translations: { en: 'hello' } }, 'consentry: translations.en must be an object of texts (got "hello")'],
    [{ translations: { English: {} } }, 'consentry: translations key "English" must be a language tag such as "id" or "pt-BR"'],
    [{ cookie: 'consentry' }, 'consentry: cookie must be an object (got "consentry")'],
    [{ cookie: { name: 'my cookie' } }, 'consentry: cookie.name must be a cookie name (letters, digits, "-" or "_") (got "my cookie")'],
    [{ cookie: { sameSite: 'lax' } }, 'consentry: cookie.sameSite must be one of "Lax", "Strict", "None" (got "lax")'],
    [{ cookie: { expiresDays: 400 } }, 'consentry: cookie.expiresDays must be a whole number from 1 to 395 (got 400)'],
    [{ cookie: { secure: 'yes' } }, 'consentry: cookie.secure must be true or false (got "yes")'],
    [{ cookie: { path: 'shop' } }, 'consentry: cookie.path must be a path starting with "/" (got "shop")'],
    [{ cookie: { domain: 'exa mple.com' } }, 'consentry: cookie.domain must be a domain such as "example.com" (got "exa mple.com")'],
    [{ refusalDays: 0 }, 'consentry: refusalDays must be a whole number from 1 to 395 (got 0)'],
    [{ gpc: 1 }, 'consentry: gpc must be true or false (got 1)'],
    [{ privacyPolicyUrl: 'privacy.html' }, 'consentry: privacyPolicyUrl must be an http(s) URL or a path starting with "/" (got "privacy.html")'],
    [{ categories: [] }, 'consentry: categories must be an object (got an array)'],
    [{ categories: { Marketing: {} } }, 'consentry: categories key "Marketing" must be lowercase letters, digits, "-" or "_", starting with a letter (at most 32)'],
    [{ categories: { marketing: { services: {} } } }, 'consentry: categories.marketing.services must be an array of services (got an object)'],
    [{ categories: { marketing: { services: [{ name: 'Pixel' }] } } }, 'consentry: categories.marketing.services[0].id is required'],
    [{ categories: { marketing: { services: [service({ id: 'Meta Pixel' })] } } }, 'consentry: categories.marketing.services[0].id must be lowercase letters, digits, "-" or "_", starting with a letter (at most 32) (got "Meta Pixel")'],
    [{ categories: { marketing: { services: [service({ party: 'second' })] } } }, 'consentry: categories.marketing.services[0].party must be one of "first", "third" (got "second")'],
    [{ categories: { marketing: { services: [service({ blocks: 'facebook.net' })] } } }, 'consentry: categories.marketing.services[0].blocks must be an array (got "facebook.net")'],
    [
      { categories: { marketing: { services: [service(), service(), service({ cookies: [{ name: '_fbp', duration: 13 }] })] } } },
      'consentry: categories.marketing.services[2].cookies[0].duration must be a string like "13 months" or "session" (got 13)',
    ],
    [{ categories: { marketing: { services: [service({ cookies: [{ name: '_fbp' }] })] } } }, 'consentry: categories.marketing.services[0].cookies[0].duration is required'],
    [{ categories: { marketing: { services: [service({ cookies: [{ duration: '1 day' }] })] } } }, 'consentry: categories.marketing.services[0].cookies[0] needs a "name" or a "pattern"'],
    [{ categories: { marketing: { services: [service({ cookies: [{ pattern: '(', duration: '1 day' }] })] } } }, 'consentry: categories.marketing.services[0].cookies[0].pattern must be a regular expression source such as "^_ga_" (got "(")'],
    [{ categories: { marketing: { reloadOnWithdraw: 'no' } } }, 'consentry: categories.marketing.reloadOnWithdraw must be true or false (got "no")'],
  ])('reports %j as one exact message', (config, message) => {
    expect(errorsOf(config)).toEqual([message])
  })

  it('reports unknown keys with the keys it knows, at every depth', () => {
    expect(errorsOf({ endpiont: '/x' })[0]).toMatch(/^consentry: endpiont is not a known key \(expected one of endpoint, policyVersion, revision, /)
    expect(errorsOf({ cookie: { nmae: 'x' } })).toEqual([
      'consentry: cookie.nmae is not a known key (expected one of name, domain, path, sameSite, secure, expiresDays)',
    ])
    expect(errorsOf({ categories: { marketing: { services: [service({ vendor: 'x' })] } } })[0]).toMatch(
      /^consentry: categories\.marketing\.services\[0\]\.vendor is not a known key/,
    )
  })

  it('reports every problem at once and keeps everything that was right', () => {
    const { config, errors } = validateConfig({
      revision: 'two',
      policyVersion: '2024-05',
      cookie: { name: 'ok', expiresDays: 9999 },
      categories: { marketing: { services: [service({ id: 'good' }), { name: 'no id' }] } },
    })
    expect(errors).toHaveLength(3)
    expect(config).toEqual({
      policyVersion: '2024-05',
      cookie: { name: 'ok' },
      categories: { marketing: { services: [service({ id: 'good' })] } },
    })
  })

  it('does not change the config it is given', () => {
    const input = { cookie: { nmae: 'x' }, revision: 'x' }
    validateConfig(input)
    expect(input).toEqual({ cookie: { nmae: 'x' }, revision: 'x' })
  })

  it('rejects what is not a plain JSON object', () => {
    expect(errorsOf('config')).toEqual(['consentry: config must be an object of JSON values (got "config")'])
    expect(errorsOf([1])).toEqual(['consentry: config must be an object of JSON values (got an array)'])
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(errorsOf(cyclic)).toEqual(['consentry: config must be an object of JSON values (got an object)'])
  })
})
