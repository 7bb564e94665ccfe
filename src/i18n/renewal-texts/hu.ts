import type { RenewalTexts } from '../types'

/** Magyar: the banner's words when it asks again (`i18n/renew/hu.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Megváltozott a sütikre vonatkozó szabályzatunk',
    revisionText: 'Frissítettük adatvédelmi tájékoztatónkat vagy az általunk használt sütiket. Kérjük, tekintse át és erősítse meg döntését.',
    expiredText: 'Korábbi sütidöntése lejárt. Kérjük, tekintse át és erősítse meg újra.',
  },
}

export default texts
