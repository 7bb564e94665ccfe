import type { RenewalTexts } from '../types'

/** Latviešu: the banner's words when it asks again (`i18n/renew/lv.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Mūsu sīkdatņu politika ir mainījusies',
    revisionText: 'Mēs esam atjauninājuši savu privātuma politiku vai izmantotās sīkdatnes. Lūdzu, pārskatiet savu izvēli un apstipriniet to.',
    expiredText: 'Jūsu iepriekšējās sīkdatņu izvēles derīguma termiņš ir beidzies. Lūdzu, pārskatiet to un apstipriniet vēlreiz.',
  },
}

export default texts
