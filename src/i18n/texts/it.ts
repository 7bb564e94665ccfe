import type { FirstLayerTexts } from '../types'

/** Italiano */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Utilizziamo i cookie',
    text: 'Utilizziamo cookie strettamente necessari per il funzionamento di questo sito. Con il tuo consenso utilizziamo anche cookie per ricordare le tue preferenze, misurare le visite e per finalità di marketing. Puoi modificare la tua scelta in qualsiasi momento da «Impostazioni cookie».',
    policy: 'Informativa sulla privacy',
    acceptAll: 'Accetta tutti',
    rejectAll: 'Rifiuta tutti',
    customize: 'Personalizza',
    close: 'Chiudi senza scegliere',
  },
}

export default texts
