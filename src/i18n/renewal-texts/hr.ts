import type { RenewalTexts } from '../types'

/** Hrvatski: the banner's words when it asks again (`i18n/renew/hr.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Naša politika kolačića je promijenjena',
    revisionText: 'Ažurirali smo politiku privatnosti ili kolačiće koje koristimo. Pregledajte svoj izbor i potvrdite ga.',
    expiredText: 'Vaš raniji izbor kolačića je istekao. Pregledajte ga i ponovno potvrdite.',
  },
}

export default texts
