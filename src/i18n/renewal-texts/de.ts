import type { RenewalTexts } from '../types'

/** Deutsch: the banner's words when it asks again (`i18n/renew/de.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Unsere Cookie-Richtlinie hat sich geändert',
    revisionText: 'Wir haben unsere Datenschutzerklärung oder die verwendeten Cookies aktualisiert. Bitte prüfen und bestätigen Sie Ihre Auswahl.',
    expiredText: 'Ihre frühere Cookie-Auswahl ist abgelaufen. Bitte prüfen und bestätigen Sie sie erneut.',
  },
}

export default texts
