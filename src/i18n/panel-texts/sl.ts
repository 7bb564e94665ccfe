import type { PanelTexts } from '../types'

/** Slovenščina */
const texts: PanelTexts = {
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
