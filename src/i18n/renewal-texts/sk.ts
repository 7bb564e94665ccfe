import type { RenewalTexts } from '../types'

/** Slovenčina: the banner's words when it asks again (`i18n/renew/sk.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Naše zásady používania súborov cookie sa zmenili',
    revisionText: 'Aktualizovali sme zásady ochrany osobných údajov alebo používané súbory cookie. Skontrolujte svoju voľbu a potvrďte ju.',
    expiredText: 'Platnosť vašej predchádzajúcej voľby súborov cookie vypršala. Skontrolujte ju a potvrďte znova.',
  },
}

export default texts
