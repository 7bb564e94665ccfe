import type { BannerTexts } from '../types'

/** Deutsch */
const texts: BannerTexts = {
  banner: {
    title: 'Wir verwenden Cookies',
    text: 'Wir verwenden technisch notwendige Cookies, damit diese Website funktioniert. Mit Ihrer Einwilligung verwenden wir außerdem Cookies, um Ihre Einstellungen zu speichern, Besuche zu messen und für Marketing. Sie können Ihre Auswahl jederzeit unter „Cookie-Einstellungen“ ändern.',
    revisionTitle: 'Unsere Cookie-Richtlinie hat sich geändert',
    revisionText: 'Wir haben unsere Datenschutzerklärung oder die verwendeten Cookies aktualisiert. Bitte prüfen und bestätigen Sie Ihre Auswahl.',
    expiredText: 'Ihre frühere Cookie-Auswahl ist abgelaufen. Bitte prüfen und bestätigen Sie sie erneut.',
    policy: 'Datenschutzerklärung',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    customize: 'Anpassen',
    close: 'Schließen, ohne zu wählen',
  },
}

export default texts
