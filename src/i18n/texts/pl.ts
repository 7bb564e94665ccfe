import type { BannerTexts } from '../types'

/** Polski */
const texts: BannerTexts = {
  banner: {
    title: 'Używamy plików cookie',
    text: 'Używamy niezbędnych plików cookie, aby ta strona działała. Za Twoją zgodą używamy też plików cookie do zapamiętywania Twoich preferencji, mierzenia odwiedzin i w celach marketingowych. Swój wybór możesz zmienić w każdej chwili w „Ustawieniach plików cookie”.',
    revisionTitle: 'Nasza polityka plików cookie się zmieniła',
    revisionText: 'Zaktualizowaliśmy politykę prywatności lub listę używanych plików cookie. Sprawdź swój wybór i potwierdź go.',
    expiredText: 'Twój wcześniejszy wybór dotyczący plików cookie wygasł. Sprawdź go i potwierdź ponownie.',
    policy: 'Polityka prywatności',
    acceptAll: 'Akceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    customize: 'Dostosuj',
    close: 'Zamknij bez wyboru',
  },
}

export default texts
