import type { BannerTexts } from '../types'

/** Français */
const texts: BannerTexts = {
  banner: {
    title: 'Nous utilisons des cookies',
    text: 'Nous utilisons des cookies strictement nécessaires au fonctionnement de ce site. Avec votre consentement, nous utilisons aussi des cookies pour mémoriser vos préférences, mesurer la fréquentation et à des fins de marketing. Vous pouvez modifier votre choix à tout moment via « Paramètres des cookies ».',
    revisionTitle: 'Notre politique relative aux cookies a changé',
    revisionText: 'Nous avons mis à jour notre politique de confidentialité ou les cookies que nous utilisons. Merci de vérifier votre choix et de le confirmer.',
    expiredText: 'Votre précédent choix concernant les cookies a expiré. Merci de le vérifier et de le confirmer à nouveau.',
    policy: 'Politique de confidentialité',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    customize: 'Personnaliser',
    close: 'Fermer sans choisir',
  },
}

export default texts
