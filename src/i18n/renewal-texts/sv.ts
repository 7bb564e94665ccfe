import type { RenewalTexts } from '../types'

/** Svenska: the banner's words when it asks again (`i18n/renew/sv.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Vår kakpolicy har ändrats',
    revisionText: 'Vi har uppdaterat vår integritetspolicy eller de kakor vi använder. Granska ditt val och bekräfta det.',
    expiredText: 'Ditt tidigare val om kakor har gått ut. Granska det och bekräfta det igen.',
  },
}

export default texts
