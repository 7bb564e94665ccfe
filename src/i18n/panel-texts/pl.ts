import type { PanelTexts } from '../types'

/** Polski */
const texts: PanelTexts = {
  prefs: {
    title: 'Ustawienia plików cookie',
    intro: 'Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone, ponieważ bez nich strona nie działa.',
    save: 'Zapisz wybór',
    alwaysOn: 'Zawsze włączone',
    details: 'Usługi i pliki cookie',
    cookie: 'Plik cookie',
    provider: 'Dostawca',
    party: 'Ustawiany przez',
    first: 'Ta strona',
    third: 'Podmiot zewnętrzny',
    duration: 'Okres przechowywania',
    purpose: 'Cel',
    consentCookie: 'Zapamiętuje Twój wybór dotyczący plików cookie',
    consentId: 'Twój identyfikator zgody',
    date: 'Data Twojego wyboru',
    notYet: 'Nie dokonano jeszcze wyboru',
    gpc: 'Twoja przeglądarka wysyła sygnał Global Privacy Control. Respektujemy go: marketing pozostaje wyłączony, dopóki sam go nie włączysz.',
    close: 'Zamknij',
  },
  declaration: {
    change: 'Zmień ustawienia',
    allowed: 'Dozwolone',
    refused: 'Niedozwolone',
  },
  categories: {
    necessary: {
      title: 'Niezbędne',
      description: 'Potrzebne do działania strony, na przykład do zapamiętania Twojego wyboru dotyczącego plików cookie. Nie można ich wyłączyć.',
    },
    functional: {
      title: 'Funkcjonalne',
      description: 'Zapamiętują Twoje preferencje i włączają dodatkowe funkcje, takie jak czat. Jeśli je odrzucisz, te funkcje mogą nie działać.',
    },
    performance: {
      title: 'Analityczne',
      description: 'Liczą odwiedziny i mierzą, jak korzystasz ze strony, abyśmy mogli ją ulepszać. Jeśli je odrzucisz, Twoje odwiedziny nie będą mierzone.',
    },
    marketing: {
      title: 'Marketingowe',
      description: 'Mierzą skuteczność naszych reklam i pokazują Ci trafne reklamy na innych stronach. Jeśli je odrzucisz, nadal będziesz widzieć reklamy, ale nie będą oparte na Twoich odwiedzinach.',
    },
  },
}

export default texts
