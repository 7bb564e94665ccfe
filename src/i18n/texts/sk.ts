import type { FirstLayerTexts } from '../types'

/** Slovenčina */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Používame súbory cookie',
    text: 'Používame nevyhnutné súbory cookie, aby táto stránka fungovala. S vaším súhlasom používame súbory cookie aj na zapamätanie vašich preferencií, meranie návštevnosti a na marketing. Svoju voľbu môžete kedykoľvek zmeniť v „Nastaveniach súborov cookie“.',
    policy: 'Zásady ochrany osobných údajov',
    acceptAll: 'Prijať všetko',
    rejectAll: 'Odmietnuť všetko',
    customize: 'Prispôsobiť',
    close: 'Zavrieť bez voľby',
  },
}

export default texts
