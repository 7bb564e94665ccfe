import type { BannerTexts } from '../types'

/** Latviešu */
const texts: BannerTexts = {
  banner: {
    title: 'Mēs izmantojam sīkdatnes',
    text: 'Mēs izmantojam obligāti nepieciešamās sīkdatnes, lai šī vietne darbotos. Ar jūsu piekrišanu mēs izmantojam sīkdatnes arī jūsu izvēļu atcerēšanai, apmeklējumu mērīšanai un mārketingam. Savu izvēli varat jebkurā laikā mainīt sadaļā “Sīkdatņu iestatījumi”.',
    revisionTitle: 'Mūsu sīkdatņu politika ir mainījusies',
    revisionText: 'Mēs esam atjauninājuši savu privātuma politiku vai izmantotās sīkdatnes. Lūdzu, pārskatiet savu izvēli un apstipriniet to.',
    expiredText: 'Jūsu iepriekšējās sīkdatņu izvēles derīguma termiņš ir beidzies. Lūdzu, pārskatiet to un apstipriniet vēlreiz.',
    policy: 'Privātuma politika',
    acceptAll: 'Pieņemt visas',
    rejectAll: 'Noraidīt visas',
    customize: 'Pielāgot',
    close: 'Aizvērt, neizvēloties',
  },
}

export default texts
