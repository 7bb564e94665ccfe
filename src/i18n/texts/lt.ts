import type { BannerTexts } from '../types'

/** Lietuvių */
const texts: BannerTexts = {
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
}

export default texts
