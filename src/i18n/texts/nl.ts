import type { FirstLayerTexts } from '../types'

/** Nederlands */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Wij gebruiken cookies',
    text: 'Wij gebruiken strikt noodzakelijke cookies om deze website te laten werken. Met uw toestemming gebruiken we ook cookies om uw voorkeuren te onthouden, bezoeken te meten en voor marketing. U kunt uw keuze altijd wijzigen via ‘Cookie-instellingen’.',
    policy: 'Privacybeleid',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    customize: 'Aanpassen',
    close: 'Sluiten zonder te kiezen',
  },
}

export default texts
