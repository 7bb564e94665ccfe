import type { RenewalTexts } from '../types'

/** Gaeilge: the banner's words when it asks again (`i18n/renew/ga.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Tá ár bpolasaí fianán athraithe',
    revisionText: 'Tá ár bpolasaí príobháideachais nó na fianáin a úsáidimid nuashonraithe againn. Déan athbhreithniú ar do rogha agus deimhnigh í.',
    expiredText: 'Tá do rogha fianán roimhe seo imithe in éag. Déan athbhreithniú uirthi agus deimhnigh arís í.',
  },
}

export default texts
