import type { Texts } from '../types'

/** Slovenščina */
const texts: Texts = {
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
  prefs: {
    title: 'Nastavitve piškotkov',
    intro: 'Izberite, katere piškotke smemo uporabljati. Nujno potrebni piškotki so vedno vklopljeni, ker spletno mesto brez njih ne deluje.',
    save: 'Shrani izbiro',
    alwaysOn: 'Vedno vklopljeno',
    details: 'Storitve in piškotki',
    cookie: 'Piškotek',
    provider: 'Ponudnik',
    party: 'Nastavi ga',
    first: 'To spletno mesto',
    third: 'Tretja oseba',
    duration: 'Trajanje',
    purpose: 'Namen',
    consentCookie: 'Shrani vašo izbiro glede piškotkov',
    consentId: 'Vaš ID privolitve',
    date: 'Datum vaše izbire',
    notYet: 'Izbira še ni opravljena',
    gpc: 'Vaš brskalnik pošilja signal Global Privacy Control. Spoštujemo ga: trženje ostane izklopljeno, razen če ga vklopite sami.',
    close: 'Zapri',
  },
  declaration: {
    change: 'Spremeni nastavitve',
    allowed: 'Dovoljeno',
    refused: 'Ni dovoljeno',
  },
  categories: {
    necessary: {
      title: 'Nujno potrebni',
      description: 'Potrebni za delovanje spletnega mesta, na primer za shranjevanje vaše izbire glede piškotkov. Ni jih mogoče izklopiti.',
    },
    functional: {
      title: 'Funkcionalni',
      description: 'Shranijo vaše nastavitve in omogočajo dodatne funkcije, kot je klepet. Če jih zavrnete, te funkcije morda ne bodo delovale.',
    },
    performance: {
      title: 'Analitični',
      description: 'Štejejo obiske in merijo, kako se spletno mesto uporablja, da ga lahko izboljšamo. Če jih zavrnete, vaših obiskov ne merimo.',
    },
    marketing: {
      title: 'Trženjski',
      description: 'Merijo uspešnost naših oglasov in vam prikazujejo ustrezne oglase na drugih spletnih mestih. Če jih zavrnete, boste oglase še vedno videli, vendar ne bodo temeljili na vaših obiskih.',
    },
  },
}

export default texts
