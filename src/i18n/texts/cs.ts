import type { BannerTexts } from '../types'

/** Čeština */
const texts: BannerTexts = {
  banner: {
    title: 'Používáme soubory cookie',
    text: 'Používáme nezbytné soubory cookie, aby tento web fungoval. S vaším souhlasem používáme soubory cookie také k zapamatování vašich předvoleb, k měření návštěvnosti a pro marketing. Svou volbu můžete kdykoli změnit v „Nastavení souborů cookie“.',
    revisionTitle: 'Naše zásady používání souborů cookie se změnily',
    revisionText: 'Aktualizovali jsme zásady ochrany osobních údajů nebo používané soubory cookie. Zkontrolujte prosím svou volbu a potvrďte ji.',
    expiredText: 'Platnost vaší dřívější volby souborů cookie vypršela. Zkontrolujte ji prosím a potvrďte znovu.',
    policy: 'Zásady ochrany osobních údajů',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    customize: 'Přizpůsobit',
    close: 'Zavřít bez volby',
  },
}

export default texts
