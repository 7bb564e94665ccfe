import type { BannerTexts } from '../types'

/** Dansk */
const texts: BannerTexts = {
  banner: {
    title: 'Vi bruger cookies',
    text: 'Vi bruger strengt nødvendige cookies for at få hjemmesiden til at fungere. Med dit samtykke bruger vi også cookies til at huske dine præferencer, måle besøg og til markedsføring. Du kan til enhver tid ændre dit valg under »Cookieindstillinger«.',
    revisionTitle: 'Vores cookiepolitik er ændret',
    revisionText: 'Vi har opdateret vores privatlivspolitik eller de cookies, vi bruger. Gennemgå dit valg, og bekræft det.',
    expiredText: 'Dit tidligere cookievalg er udløbet. Gennemgå det, og bekræft det igen.',
    policy: 'Privatlivspolitik',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    customize: 'Tilpas',
    close: 'Luk uden at vælge',
  },
}

export default texts
