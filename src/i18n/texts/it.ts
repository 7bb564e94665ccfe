import type { BannerTexts } from '../types'

/** Italiano */
const texts: BannerTexts = {
  banner: {
    title: 'Utilizziamo i cookie',
    text: 'Utilizziamo cookie strettamente necessari per il funzionamento di questo sito. Con il tuo consenso utilizziamo anche cookie per ricordare le tue preferenze, misurare le visite e per finalità di marketing. Puoi modificare la tua scelta in qualsiasi momento da «Impostazioni cookie».',
    revisionTitle: 'La nostra cookie policy è cambiata',
    revisionText: 'Abbiamo aggiornato la nostra informativa sulla privacy o i cookie che utilizziamo. Rivedi la tua scelta e confermala.',
    expiredText: 'La tua precedente scelta sui cookie è scaduta. Rivedila e confermala di nuovo.',
    policy: 'Informativa sulla privacy',
    acceptAll: 'Accetta tutti',
    rejectAll: 'Rifiuta tutti',
    customize: 'Personalizza',
    close: 'Chiudi senza scegliere',
  },
}

export default texts
