import type { PanelTexts } from '../types'

/** Deutsch */
const texts: PanelTexts = {
  prefs: {
    title: 'Cookie-Einstellungen',
    intro: 'Wählen Sie, welche Cookies wir verwenden dürfen. Technisch notwendige Cookies sind immer aktiv, weil die Website ohne sie nicht funktioniert.',
    save: 'Auswahl speichern',
    alwaysOn: 'Immer aktiv',
    details: 'Dienste und Cookies',
    cookie: 'Cookie',
    provider: 'Anbieter',
    party: 'Gesetzt von',
    first: 'Diese Website',
    third: 'Drittanbieter',
    duration: 'Speicherdauer',
    purpose: 'Zweck',
    consentCookie: 'Speichert Ihre Cookie-Auswahl',
    consentId: 'Ihre Einwilligungs-ID',
    date: 'Datum Ihrer Auswahl',
    notYet: 'Noch keine Auswahl',
    gpc: 'Ihr Browser sendet das Signal „Global Privacy Control“. Wir respektieren es: Marketing bleibt aus, solange Sie es nicht selbst einschalten.',
    close: 'Schließen',
  },
  declaration: {
    change: 'Einstellungen ändern',
    allowed: 'Erlaubt',
    refused: 'Nicht erlaubt',
  },
  categories: {
    necessary: {
      title: 'Technisch notwendig',
      description: 'Erforderlich, damit die Website funktioniert, zum Beispiel um Ihre Cookie-Auswahl zu speichern. Sie können nicht deaktiviert werden.',
    },
    functional: {
      title: 'Funktional',
      description: 'Speichern Ihre Einstellungen und ermöglichen zusätzliche Funktionen wie den Chat. Wenn Sie sie ablehnen, funktionieren diese Funktionen möglicherweise nicht.',
    },
    performance: {
      title: 'Statistik',
      description: 'Zählen Besuche und messen, wie die Website genutzt wird, damit wir sie verbessern können. Wenn Sie sie ablehnen, werden Ihre Besuche nicht gemessen.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Messen den Erfolg unserer Werbung und zeigen Ihnen passende Werbung auf anderen Websites. Wenn Sie sie ablehnen, sehen Sie weiterhin Werbung, aber nicht auf Grundlage Ihrer Besuche.',
    },
  },
}

export default texts
