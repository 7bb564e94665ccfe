import type { RenewalTexts } from '../types'

/** Nederlands: the banner's words when it asks again (`i18n/renew/nl.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Ons cookiebeleid is gewijzigd',
    revisionText: 'We hebben ons privacybeleid of de cookies die we gebruiken bijgewerkt. Bekijk uw keuze en bevestig die.',
    expiredText: 'Uw eerdere cookiekeuze is verlopen. Bekijk deze en bevestig die opnieuw.',
  },
}

export default texts
