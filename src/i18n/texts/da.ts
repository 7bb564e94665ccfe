import type { FirstLayerTexts } from '../types'

/** Dansk */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Vi bruger cookies',
    text: 'Vi bruger strengt nødvendige cookies for at få hjemmesiden til at fungere. Med dit samtykke bruger vi også cookies til at huske dine præferencer, måle besøg og til markedsføring. Du kan til enhver tid ændre dit valg under »Cookieindstillinger«.',
    policy: 'Privatlivspolitik',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    customize: 'Tilpas',
    close: 'Luk uden at vælge',
  },
}

export default texts
