import type { RenewalTexts } from '../types'

/** Dansk: the banner's words when it asks again (`i18n/renew/da.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Vores cookiepolitik er ændret',
    revisionText: 'Vi har opdateret vores privatlivspolitik eller de cookies, vi bruger. Gennemgå dit valg, og bekræft det.',
    expiredText: 'Dit tidligere cookievalg er udløbet. Gennemgå det, og bekræft det igen.',
  },
}

export default texts
