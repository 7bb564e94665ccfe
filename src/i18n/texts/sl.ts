import type { FirstLayerTexts } from '../types'

/** Slovenščina */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Uporabljamo piškotke',
    text: 'Uporabljamo nujno potrebne piškotke, da to spletno mesto deluje. Z vašo privolitvijo uporabljamo piškotke tudi za shranjevanje vaših nastavitev, merjenje obiskov in za trženje. Svojo izbiro lahko kadar koli spremenite v »Nastavitvah piškotkov«.',
    policy: 'Politika zasebnosti',
    acceptAll: 'Sprejmi vse',
    rejectAll: 'Zavrni vse',
    customize: 'Prilagodi',
    close: 'Zapri brez izbire',
  },
}

export default texts
