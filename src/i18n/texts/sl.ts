import type { BannerTexts } from '../types'

/** Slovenščina */
const texts: BannerTexts = {
  banner: {
    title: 'Uporabljamo piškotke',
    text: 'Uporabljamo nujno potrebne piškotke, da to spletno mesto deluje. Z vašo privolitvijo uporabljamo piškotke tudi za shranjevanje vaših nastavitev, merjenje obiskov in za trženje. Svojo izbiro lahko kadar koli spremenite v »Nastavitvah piškotkov«.',
    revisionTitle: 'Naš pravilnik o piškotkih se je spremenil',
    revisionText: 'Posodobili smo politiko zasebnosti ali piškotke, ki jih uporabljamo. Preglejte svojo izbiro in jo potrdite.',
    expiredText: 'Vaša prejšnja izbira glede piškotkov je potekla. Preglejte jo in jo znova potrdite.',
    policy: 'Politika zasebnosti',
    acceptAll: 'Sprejmi vse',
    rejectAll: 'Zavrni vse',
    customize: 'Prilagodi',
    close: 'Zapri brez izbire',
  },
}

export default texts
