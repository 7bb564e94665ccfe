import type { FirstLayerTexts } from '../types'

/** Deutsch */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Wir verwenden Cookies',
    text: 'Wir verwenden technisch notwendige Cookies, damit diese Website funktioniert. Mit Ihrer Einwilligung verwenden wir außerdem Cookies, um Ihre Einstellungen zu speichern, Besuche zu messen und für Marketing. Sie können Ihre Auswahl jederzeit unter „Cookie-Einstellungen“ ändern.',
    policy: 'Datenschutzerklärung',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    customize: 'Anpassen',
    close: 'Schließen, ohne zu wählen',
  },
}

export default texts
