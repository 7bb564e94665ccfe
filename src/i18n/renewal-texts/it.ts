import type { RenewalTexts } from '../types'

/** Italiano: the banner's words when it asks again (`i18n/renew/it.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'La nostra cookie policy è cambiata',
    revisionText: 'Abbiamo aggiornato la nostra informativa sulla privacy o i cookie che utilizziamo. Rivedi la tua scelta e confermala.',
    expiredText: 'La tua precedente scelta sui cookie è scaduta. Rivedila e confermala di nuovo.',
  },
}

export default texts
