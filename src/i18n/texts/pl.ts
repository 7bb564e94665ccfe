import type { FirstLayerTexts } from '../types'

/** Polski */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Używamy plików cookie',
    text: 'Używamy niezbędnych plików cookie, aby ta strona działała. Za Twoją zgodą używamy też plików cookie do zapamiętywania Twoich preferencji, mierzenia odwiedzin i w celach marketingowych. Swój wybór możesz zmienić w każdej chwili w „Ustawieniach plików cookie”.',
    policy: 'Polityka prywatności',
    acceptAll: 'Akceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    customize: 'Dostosuj',
    close: 'Zamknij bez wyboru',
  },
}

export default texts
