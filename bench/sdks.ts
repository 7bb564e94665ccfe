import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** One page of the benchmark: an SDK (or none) on the same shop page, holding the same two tags. */
export interface BenchSdk {
  id: string
  label: string
  version: string
  /** URL prefix `/<id>/` serves files from this directory. */
  assets: string | null
  /** Where to find the banner (searched in the document and in open shadow roots); `null`: no banner. */
  banner: string | null
  /** How the SDK is put on the page, as its documentation recommends. */
  setup: string
}

const versionOf = (root: string, packageDir: string) =>
  JSON.parse(readFileSync(resolve(root, packageDir, 'package.json'), 'utf8')).version as string

/** The SDKs compared; `buildDir` holds peers that have to be bundled first (c15t). */
export const benchSdks = (root: string, buildDir: string): BenchSdk[] => [
  {
    id: 'consentry',
    label: 'Consentry',
    version: versionOf(root, '.'),
    assets: resolve(root, 'dist'),
    banner: 'section.banner',
    setup: '`consentry.js` (classic script in `<head>`), JSON config block; UI and language chunks loaded by the embed',
  },
  {
    id: 'cookieconsent',
    label: 'vanilla-cookieconsent',
    version: versionOf(root, 'node_modules/vanilla-cookieconsent'),
    assets: resolve(root, 'node_modules/vanilla-cookieconsent/dist'),
    banner: '#cc-main .cm',
    setup: '`cookieconsent.umd.js` + `cookieconsent.css`, `CookieConsent.run()` with English texts inline',
  },
  {
    id: 'klaro',
    label: 'Klaro',
    version: versionOf(root, 'node_modules/klaro'),
    assets: resolve(root, 'node_modules/klaro/dist'),
    banner: '.cookie-notice:not(.cookie-notice-hidden)',
    setup: '`klaro.js` (its default build: styles and translations included), `defer`, `window.klaroConfig`',
  },
  {
    id: 'c15t',
    label: 'c15t',
    version: versionOf(root, 'node_modules/c15t'),
    assets: buildDir,
    banner: '#consent-banner',
    setup: 'headless core bundled with rollup (minified) with the vanilla DOM banner of its "Building UI" guide, offline mode',
  },
  {
    id: 'baseline',
    label: 'no SDK (baseline)',
    version: '',
    assets: null,
    banner: null,
    setup: 'the same page, tags not held',
  },
]
