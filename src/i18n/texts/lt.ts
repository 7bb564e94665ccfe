import type { FirstLayerTexts } from '../types'

/** Lietuvių */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Naudojame slapukus',
    text: 'Naudojame būtinuosius slapukus, kad ši svetainė veiktų. Jums sutikus, slapukus taip pat naudojame jūsų nuostatoms įsiminti, apsilankymams matuoti ir rinkodarai. Savo pasirinkimą bet kada galite pakeisti skiltyje „Slapukų nustatymai“.',
    policy: 'Privatumo politika',
    acceptAll: 'Priimti visus',
    rejectAll: 'Atmesti visus',
    customize: 'Tinkinti',
    close: 'Uždaryti nepasirinkus',
  },
}

export default texts
