import type { BannerTexts } from '../types'

/** Slovenčina */
const texts: BannerTexts = {
  banner: {
    title: 'Používame súbory cookie',
    text: 'Používame nevyhnutné súbory cookie, aby táto stránka fungovala. S vaším súhlasom používame súbory cookie aj na zapamätanie vašich preferencií, meranie návštevnosti a na marketing. Svoju voľbu môžete kedykoľvek zmeniť v „Nastaveniach súborov cookie“.',
    revisionTitle: 'Naše zásady používania súborov cookie sa zmenili',
    revisionText: 'Aktualizovali sme zásady ochrany osobných údajov alebo používané súbory cookie. Skontrolujte svoju voľbu a potvrďte ju.',
    expiredText: 'Platnosť vašej predchádzajúcej voľby súborov cookie vypršala. Skontrolujte ju a potvrďte znova.',
    policy: 'Zásady ochrany osobných údajov',
    acceptAll: 'Prijať všetko',
    rejectAll: 'Odmietnuť všetko',
    customize: 'Prispôsobiť',
    close: 'Zavrieť bez voľby',
  },
}

export default texts
