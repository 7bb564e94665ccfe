import type { Texts } from '../types'

/** Lietuvių */
const texts: Texts = {
  banner: {
    title: 'Naudojame slapukus',
    text: 'Naudojame būtinuosius slapukus, kad ši svetainė veiktų. Jums sutikus, slapukus taip pat naudojame jūsų nuostatoms įsiminti, apsilankymams matuoti ir rinkodarai. Savo pasirinkimą bet kada galite pakeisti skiltyje „Slapukų nustatymai“.',
    revisionTitle: 'Pasikeitė mūsų slapukų politika',
    revisionText: 'Atnaujinome savo privatumo politiką arba naudojamus slapukus. Peržiūrėkite savo pasirinkimą ir jį patvirtinkite.',
    expiredText: 'Jūsų ankstesnio pasirinkimo dėl slapukų galiojimas baigėsi. Peržiūrėkite jį ir patvirtinkite dar kartą.',
    policy: 'Privatumo politika',
    acceptAll: 'Priimti visus',
    rejectAll: 'Atmesti visus',
    customize: 'Tinkinti',
    close: 'Uždaryti nepasirinkus',
  },
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
