import type { RenewalTexts } from '../types'

/** Slovenščina: the banner's words when it asks again (`i18n/renew/sl.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Naš pravilnik o piškotkih se je spremenil',
    revisionText: 'Posodobili smo politiko zasebnosti ali piškotke, ki jih uporabljamo. Preglejte svojo izbiro in jo potrdite.',
    expiredText: 'Vaša prejšnja izbira glede piškotkov je potekla. Preglejte jo in jo znova potrdite.',
  },
}

export default texts
