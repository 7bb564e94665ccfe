import type { RenewalTexts } from '../types'

/** Čeština: the banner's words when it asks again (`i18n/renew/cs.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Naše zásady používání souborů cookie se změnily',
    revisionText: 'Aktualizovali jsme zásady ochrany osobních údajů nebo používané soubory cookie. Zkontrolujte prosím svou volbu a potvrďte ji.',
    expiredText: 'Platnost vaší dřívější volby souborů cookie vypršela. Zkontrolujte ji prosím a potvrďte znovu.',
  },
}

export default texts
