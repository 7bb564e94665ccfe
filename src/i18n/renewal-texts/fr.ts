import type { RenewalTexts } from '../types'

/** Français: the banner's words when it asks again (`i18n/renew/fr.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Notre politique relative aux cookies a changé',
    revisionText: 'Nous avons mis à jour notre politique de confidentialité ou les cookies que nous utilisons. Merci de vérifier votre choix et de le confirmer.',
    expiredText: 'Votre précédent choix concernant les cookies a expiré. Merci de le vérifier et de le confirmer à nouveau.',
  },
}

export default texts
