/**
 * The configuration a site gives Consentry, through `<script type="application/json" id="consentry-config">`,
 * `window.consentryConfig`, or `createConsentry(config)`.
 *
 * @example
 * ```ts
 * const config: ConsentryConfig = {
 *   endpoint: 'https://consent.example.com/v1/receipts',
 *   policyVersion: '2024-05',
 *   revision: 3,
 *   privacyPolicyUrl: '/privacy',
 *   categories: {
 *     performance: {
 *       services: [{
 *         id: 'google-analytics', name: 'Google Analytics', provider: 'Google Ireland Ltd.',
 *         purpose: 'Counts visits', party: 'third',
 *         cookies: [{ name: '_ga', duration: '13 months' }, { pattern: '^_ga_', duration: '13 months' }],
 *       }],
 *     },
 *   },
 * }
 * ```
 */
export interface ConsentryConfig {
  /** Where consent receipts are posted. Absent or `null`: no network at all. */
  endpoint?: string | null
  /** The version label of the privacy policy the visitor agrees to (e.g. `"2024-05"`). */
  policyVersion?: string
  /** Raise it when the policy or cookie list changes: every visitor is asked again. */
  revision?: number
  /** The standard four (`necessary`, `functional`, `performance`, `marketing`) always exist; add your own. */
  categories?: Record<string, CategoryConfig>
  /** `"auto"` (default): `<html lang>`, then the browser's languages, then English. */
  language?: string
  /** Per-language overrides of any built-in text, e.g. `{ en: { banner: { title: 'Cookies' } } }`. */
  translations?: Record<string, Record<string, unknown>>
  cookie?: CookieConfig
  /** Days after which a refusal is asked again (default 182, at most 395). */
  refusalDays?: number
  /** Honour Global Privacy Control as "marketing off" (default `true`). */
  gpc?: boolean
  privacyPolicyUrl?: string | null
  /** Logs decisions and leaks to the console. */
  debug?: boolean
  /** Where the embed finds its lazily loaded chunks (default: next to `consentry.js`). */
  baseUrl?: string
  /**
   * Google Consent Mode v2 (docs/consent-mode.md). Absent: on as soon as the page has a `dataLayer`;
   * `false`: off; `true` or an object: on, creating `dataLayer` if needed.
   */
  consentMode?: boolean | ConsentModeConfig
  /** The banner and preference center (docs/ui.md). */
  ui?: UiConfig
}

/**
 * @example
 * ```ts
 * const ui: UiConfig = { layout: 'box', theme: 'auto' }
 * ```
 */
export interface UiConfig {
  /** `bar` (default): bottom bar; `box`: corner box; `modal`: centered box over a dimmed page. */
  layout?: 'bar' | 'box' | 'modal'
  /** `auto` (default) follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark' | 'auto'
  /** CSP nonce for the fallback `<style>` (default: the nonce of the Consentry `<script>`). */
  nonce?: string
}

/**
 * @example
 * ```ts
 * const consentMode: ConsentModeConfig = {
 *   waitForUpdate: 500,
 *   regions: [{ region: ['US-CA', 'US-CO'], granted: ['functional', 'performance'] }],
 *   mapping: { 'google-ads': ['ad_storage', 'ad_user_data', 'ad_personalization'] },
 * }
 * ```
 */
export interface ConsentModeConfig {
  /** `wait_for_update` in milliseconds (default 500; 0 leaves it out). */
  waitForUpdate?: number
  /** Extra `consent default`s for ISO 3166-2 regions, granting the listed categories/services there. */
  regions?: { region: string[]; granted?: string[] }[]
  /** `ads_data_redaction` while `ad_storage` is denied (default `true`). */
  adsDataRedaction?: boolean
  /** `url_passthrough` (default `false`). */
  urlPassthrough?: boolean
  /** The dataLayer's global name (default `dataLayer`). */
  dataLayer?: string
  /** Category or service id → Consent Mode types it grants; replaces the default for the ids given. */
  mapping?: Record<string, ('ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage' | 'functionality_storage' | 'personalization_storage' | 'security_storage')[]>
}

export interface CategoryConfig {
  /** Services (vendors) in this category; the visitor may choose them one by one. */
  services?: ServiceConfig[]
  /**
   * Reload the page when this category is withdrawn after its tags ran on the page, because scripts
   * that ran cannot be unrun (default `true` for `marketing` and `performance`).
   */
  reloadOnWithdraw?: boolean
}

export interface ServiceConfig {
  /** Stable id, used by `data-service` and in receipts (`a-z0-9_-`). */
  id: string
  name: string
  purpose?: string
  provider?: string
  party?: 'first' | 'third'
  cookies?: CookieDeclaration[]
  /** Hosts or URL patterns whose requests belong to this service (`"*.hotjar.com"`). */
  blocks?: string[]
}

/** One cookie a service sets: an exact `name` or a `pattern` (regular expression source). */
export interface CookieDeclaration {
  name?: string
  pattern?: string
  /** Human lifespan such as `"13 months"`, `"1 day"`, `"session"`. */
  duration: string
  purpose?: string
}

export interface CookieConfig {
  /** Cookie name (default `consentry`). */
  name?: string
  /** Set to `example.com` to share the choice across subdomains. */
  domain?: string
  path?: string
  sameSite?: 'Lax' | 'Strict' | 'None'
  /** Default: `true` on https pages. */
  secure?: boolean
  /** Days a consent is kept before asking again (default 182, at most 395). */
  expiresDays?: number
}

/** Config after defaults are applied: what the engine works with. */
export interface ResolvedConfig {
  endpoint: string | null
  policyVersion: string
  revision: number
  /** Category ids in display order; `necessary` first. */
  categoryIds: string[]
  categories: Record<string, Required<Pick<CategoryConfig, 'services'>> & CategoryConfig>
  language: string
  translations: Record<string, Record<string, unknown>>
  cookie: Required<Omit<CookieConfig, 'domain' | 'secure'>> & { domain?: string; secure?: boolean }
  refusalDays: number
  gpc: boolean
  privacyPolicyUrl: string | null
  debug: boolean
  baseUrl?: string
  /** Every key of the original config, including those later features read (`consentMode`, `ui`…). */
  raw: Record<string, unknown>
}
