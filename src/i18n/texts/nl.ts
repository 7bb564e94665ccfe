import type { BannerTexts } from '../types'

/** Nederlands */
const texts: BannerTexts = {
  banner: {
    title: 'Wij gebruiken cookies',
    text: 'Wij gebruiken strikt noodzakelijke cookies om deze website te laten werken. Met uw toestemming gebruiken we ook cookies om uw voorkeuren te onthouden, bezoeken te meten en voor marketing. U kunt uw keuze altijd wijzigen via ‘Cookie-instellingen’.',
    revisionTitle: 'Ons cookiebeleid is gewijzigd',
    revisionText: 'We hebben ons privacybeleid of de cookies die we gebruiken bijgewerkt. Bekijk uw keuze en bevestig die.',
    expiredText: 'Uw eerdere cookiekeuze is verlopen. Bekijk deze en bevestig die opnieuw.',
    policy: 'Privacybeleid',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    customize: 'Aanpassen',
    close: 'Sluiten zonder te kiezen',
  },
}

export default texts
