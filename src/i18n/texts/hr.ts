import type { FirstLayerTexts } from '../types'

/** Hrvatski */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Koristimo kolačiće',
    text: 'Koristimo nužne kolačiće kako bi ova stranica radila. Uz vašu privolu koristimo kolačiće i za pamćenje vaših postavki, mjerenje posjeta i marketing. Svoj izbor možete promijeniti u bilo kojem trenutku u „Postavkama kolačića”.',
    policy: 'Politika privatnosti',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    customize: 'Prilagodi',
    close: 'Zatvori bez odabira',
  },
}

export default texts
