import type { FirstLayerTexts } from '../types'

/** Français */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Nous utilisons des cookies',
    text: 'Nous utilisons des cookies strictement nécessaires au fonctionnement de ce site. Avec votre consentement, nous utilisons aussi des cookies pour mémoriser vos préférences, mesurer la fréquentation et à des fins de marketing. Vous pouvez modifier votre choix à tout moment via « Paramètres des cookies ».',
    policy: 'Politique de confidentialité',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    customize: 'Personnaliser',
    close: 'Fermer sans choisir',
  },
}

export default texts
