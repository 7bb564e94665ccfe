import type { RenewalTexts } from '../types'

/** Polski: the banner's words when it asks again (`i18n/renew/pl.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Nasza polityka plików cookie się zmieniła',
    revisionText: 'Zaktualizowaliśmy politykę prywatności lub listę używanych plików cookie. Sprawdź swój wybór i potwierdź go.',
    expiredText: 'Twój wcześniejszy wybór dotyczący plików cookie wygasł. Sprawdź go i potwierdź ponownie.',
  },
}

export default texts
