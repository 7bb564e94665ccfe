import type { FirstLayerTexts } from '../types'

/** Čeština */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Používáme soubory cookie',
    text: 'Používáme nezbytné soubory cookie, aby tento web fungoval. S vaším souhlasem používáme soubory cookie také k zapamatování vašich předvoleb, k měření návštěvnosti a pro marketing. Svou volbu můžete kdykoli změnit v „Nastavení souborů cookie“.',
    policy: 'Zásady ochrany osobních údajů',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    customize: 'Přizpůsobit',
    close: 'Zavřít bez volby',
  },
}

export default texts
