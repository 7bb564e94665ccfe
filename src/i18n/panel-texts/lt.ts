import type { PanelTexts } from '../types'

/** Lietuvių */
const texts: PanelTexts = {
  prefs: {
    title: 'Slapukų nustatymai',
    intro: 'Pasirinkite, kuriuos slapukus galime naudoti. Būtinieji slapukai visada įjungti, nes be jų svetainė neveikia.',
    save: 'Išsaugoti pasirinkimą',
    alwaysOn: 'Visada įjungti',
    details: 'Paslaugos ir slapukai',
    cookie: 'Slapukas',
    provider: 'Teikėjas',
    party: 'Nustato',
    first: 'Ši svetainė',
    third: 'Trečioji šalis',
    duration: 'Galiojimo laikas',
    purpose: 'Paskirtis',
    consentCookie: 'Įsimena jūsų pasirinkimą dėl slapukų',
    consentId: 'Jūsų sutikimo ID',
    date: 'Jūsų pasirinkimo data',
    notYet: 'Dar nepasirinkta',
    gpc: 'Jūsų naršyklė siunčia „Global Privacy Control“ signalą. Jo paisome: rinkodara lieka išjungta, nebent ją įjungsite patys.',
    close: 'Uždaryti',
  },
  declaration: {
    change: 'Keisti nustatymus',
    allowed: 'Leidžiama',
    refused: 'Neleidžiama',
  },
  categories: {
    necessary: {
      title: 'Būtinieji',
      description: 'Reikalingi, kad svetainė veiktų, pavyzdžiui, kad įsimintų jūsų pasirinkimą dėl slapukų. Jų išjungti negalima.',
    },
    functional: {
      title: 'Funkciniai',
      description: 'Įsimena jūsų nuostatas ir įgalina papildomas funkcijas, pavyzdžiui, pokalbį. Jei juos atmesite, šios funkcijos gali neveikti.',
    },
    performance: {
      title: 'Analitiniai',
      description: 'Skaičiuoja apsilankymus ir matuoja, kaip naudojamasi svetaine, kad galėtume ją tobulinti. Jei juos atmesite, jūsų apsilankymai nebus matuojami.',
    },
    marketing: {
      title: 'Rinkodaros',
      description: 'Matuoja mūsų reklamos veiksmingumą ir rodo jums aktualias reklamas kitose svetainėse. Jei juos atmesite, reklamas vis tiek matysite, tačiau jos nebus pagrįstos jūsų apsilankymais.',
    },
  },
}

export default texts
