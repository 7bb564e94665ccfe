import type { PanelTexts } from '../types'

/** Slovenčina */
const texts: PanelTexts = {
  prefs: {
    title: 'Nastavenia súborov cookie',
    intro: 'Vyberte, ktoré súbory cookie smieme používať. Nevyhnutné súbory cookie sú vždy zapnuté, pretože bez nich stránka nefunguje.',
    save: 'Uložiť voľbu',
    alwaysOn: 'Vždy zapnuté',
    details: 'Služby a súbory cookie',
    cookie: 'Súbor cookie',
    provider: 'Poskytovateľ',
    party: 'Nastavuje',
    first: 'Táto stránka',
    third: 'Tretia strana',
    duration: 'Doba platnosti',
    purpose: 'Účel',
    consentCookie: 'Pamätá si vašu voľbu súborov cookie',
    consentId: 'Vaše ID súhlasu',
    date: 'Dátum vašej voľby',
    notYet: 'Zatiaľ bez voľby',
    gpc: 'Váš prehliadač odosiela signál Global Privacy Control. Rešpektujeme ho: marketing zostane vypnutý, kým ho sami nezapnete.',
    close: 'Zavrieť',
  },
  declaration: {
    change: 'Zmeniť nastavenia',
    allowed: 'Povolené',
    refused: 'Nepovolené',
  },
  categories: {
    necessary: {
      title: 'Nevyhnutné',
      description: 'Potrebné na fungovanie stránky, napríklad na zapamätanie vašej voľby súborov cookie. Nedajú sa vypnúť.',
    },
    functional: {
      title: 'Funkčné',
      description: 'Pamätajú si vaše preferencie a umožňujú ďalšie funkcie, napríklad chat. Ak ich odmietnete, tieto funkcie nemusia fungovať.',
    },
    performance: {
      title: 'Analytické',
      description: 'Počítajú návštevy a merajú, ako sa stránka používa, aby sme ju mohli zlepšovať. Ak ich odmietnete, vaše návštevy sa nemerajú.',
    },
    marketing: {
      title: 'Marketingové',
      description: 'Merajú účinnosť našich reklám a zobrazujú vám relevantné reklamy na iných stránkach. Ak ich odmietnete, reklamy budete vidieť naďalej, ale nebudú založené na vašich návštevách.',
    },
  },
}

export default texts
