import type { RenewalTexts } from '../types'

/** Română: the banner's words when it asks again (`i18n/renew/ro.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Politica noastră privind cookie-urile s-a schimbat',
    revisionText: 'Am actualizat politica de confidențialitate sau cookie-urile pe care le folosim. Vă rugăm să vă revedeți alegerea și să o confirmați.',
    expiredText: 'Alegerea dumneavoastră anterioară privind cookie-urile a expirat. Vă rugăm să o revedeți și să o confirmați din nou.',
  },
}

export default texts
