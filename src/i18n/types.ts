/** A category's name and what it does (and what refusing it changes), as the visitor reads it. */
export interface CategoryTexts {
  title: string
  description: string
}

/** What the first layer shows. */
export interface BannerTexts {
  banner: {
    title: string
    text: string
    /** Shown instead of `title`/`text` when the policy `revision` rose since the visitor chose. */
    revisionTitle: string
    revisionText: string
    /** Shown instead of `text` when the earlier choice expired. */
    expiredText: string
    /** The privacy-policy link. */
    policy: string
    acceptAll: string
    rejectAll: string
    customize: string
    /** Accessible name of the × button: closing records nothing. */
    close: string
  }
}

type RenewalKey = 'revisionTitle' | 'revisionText' | 'expiredText'

/** The banner's texts for a first-time visitor: `i18n/<lang>.js`, downloaded with the banner. */
export interface FirstLayerTexts {
  banner: Omit<BannerTexts['banner'], RenewalKey>
}

/**
 * What the banner says instead when it asks again (policy revision or expired choice): `i18n/renew/<lang>.js`,
 * downloaded with the banner only then, so a first visit never carries them.
 */
export interface RenewalTexts {
  banner: Pick<BannerTexts['banner'], RenewalKey>
}

/**
 * Texts a UI can be mounted with: the banner's (its renewal texts are needed only when it asks again; without
 * them it says the first-visit words), and the panels' unless they are loaded later (`UiOptions.panelTexts`).
 */
export interface UiTexts extends Partial<PanelTexts> {
  banner: FirstLayerTexts['banner'] & Partial<RenewalTexts['banner']>
}

/** What the preference center and the declaration show: `i18n/panel/<lang>.js`, downloaded with their chunk. */
export interface PanelTexts {
  prefs: {
    title: string
    intro: string
    save: string
    alwaysOn: string
    /** The disclosure that lists a category's services and cookies. */
    details: string
    cookie: string
    provider: string
    /** Column: first or third party. */
    party: string
    first: string
    third: string
    duration: string
    purpose: string
    /** Purpose of the consent cookie itself, listed under strictly necessary. */
    consentCookie: string
    consentId: string
    date: string
    /** In place of a consent ID or date before the first choice. */
    notYet: string
    /** Shown when the browser's Global Privacy Control signal is honoured. */
    gpc: string
    close: string
  }
  declaration: {
    change: string
    allowed: string
    refused: string
  }
  /** Keyed by category id; the four standard ids always have texts, a site's own categories may too. */
  categories: Record<string, CategoryTexts>
}

/**
 * Every text the banner, preference center and cookie declaration show, in one language.
 * Sites override any of them per language with `config.translations[lang]` (same shape, any subset).
 *
 * @example
 * ```ts
 * const translations = { en: { categories: { performance: { title: 'Analytics' } } } }
 * ```
 */
export interface Texts extends BannerTexts, PanelTexts {}

/** What the placeholder of a held iframe says; `{name}` is replaced with the service (or category) name. */
export interface PlaceholderTexts {
  text: string
  button: string
}
