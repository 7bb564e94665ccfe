import type { BannerTexts } from '../types'

/** Hrvatski */
const texts: BannerTexts = {
  banner: {
    title: 'Koristimo kolačiće',
    text: 'Koristimo nužne kolačiće kako bi ova stranica radila. Uz vašu privolu koristimo kolačiće i za pamćenje vaših postavki, mjerenje posjeta i marketing. Svoj izbor možete promijeniti u bilo kojem trenutku u „Postavkama kolačića”.',
    revisionTitle: 'Naša politika kolačića je promijenjena',
    revisionText: 'Ažurirali smo politiku privatnosti ili kolačiće koje koristimo. Pregledajte svoj izbor i potvrdite ga.',
    expiredText: 'Vaš raniji izbor kolačića je istekao. Pregledajte ga i ponovno potvrdite.',
    policy: 'Politika privatnosti',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    customize: 'Prilagodi',
    close: 'Zatvori bez odabira',
  },
}

export default texts
