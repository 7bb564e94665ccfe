import type { FirstLayerTexts } from '../types'

/** Latviešu */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Mēs izmantojam sīkdatnes',
    text: 'Mēs izmantojam obligāti nepieciešamās sīkdatnes, lai šī vietne darbotos. Ar jūsu piekrišanu mēs izmantojam sīkdatnes arī jūsu izvēļu atcerēšanai, apmeklējumu mērīšanai un mārketingam. Savu izvēli varat jebkurā laikā mainīt sadaļā “Sīkdatņu iestatījumi”.',
    policy: 'Privātuma politika',
    acceptAll: 'Pieņemt visas',
    rejectAll: 'Noraidīt visas',
    customize: 'Pielāgot',
    close: 'Aizvērt, neizvēloties',
  },
}

export default texts
