import type { PanelTexts } from '../types'

/** Français */
const texts: PanelTexts = {
  prefs: {
    title: 'Paramètres des cookies',
    intro: 'Choisissez les cookies que nous pouvons utiliser. Les cookies strictement nécessaires sont toujours actifs, car le site ne peut pas fonctionner sans eux.',
    save: 'Enregistrer mes choix',
    alwaysOn: 'Toujours actifs',
    details: 'Services et cookies',
    cookie: 'Cookie',
    provider: 'Fournisseur',
    party: 'Déposé par',
    first: 'Ce site',
    third: 'Tiers',
    duration: 'Durée',
    purpose: 'Finalité',
    consentCookie: 'Mémorise votre choix concernant les cookies',
    consentId: 'Votre identifiant de consentement',
    date: 'Date de votre choix',
    notYet: 'Pas encore de choix',
    gpc: 'Votre navigateur envoie le signal Global Privacy Control. Nous le respectons : le marketing reste désactivé, sauf si vous l’activez vous-même.',
    close: 'Fermer',
  },
  declaration: {
    change: 'Modifier les paramètres',
    allowed: 'Autorisés',
    refused: 'Non autorisés',
  },
  categories: {
    necessary: {
      title: 'Strictement nécessaires',
      description: 'Indispensables au fonctionnement du site, par exemple pour mémoriser votre choix concernant les cookies. Ils ne peuvent pas être désactivés.',
    },
    functional: {
      title: 'Fonctionnels',
      description: 'Mémorisent vos préférences et activent des fonctions supplémentaires comme le chat. Si vous les refusez, ces fonctions risquent de ne pas fonctionner.',
    },
    performance: {
      title: 'Mesure d’audience',
      description: 'Comptent les visites et mesurent l’utilisation du site pour que nous puissions l’améliorer. Si vous les refusez, vos visites ne sont pas mesurées.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Mesurent l’efficacité de nos publicités et vous montrent des publicités pertinentes sur d’autres sites. Si vous les refusez, vous verrez toujours des publicités, mais elles ne seront pas fondées sur vos visites.',
    },
  },
}

export default texts
