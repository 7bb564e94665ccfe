import type { FirstLayerTexts } from '../types'

/** Română */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Folosim cookie-uri',
    text: 'Folosim cookie-uri strict necesare pentru funcționarea acestui site. Cu acordul dumneavoastră, folosim cookie-uri și pentru a reține preferințele dumneavoastră, pentru a măsura vizitele și în scopuri de marketing. Vă puteți schimba alegerea oricând din „Setări cookie-uri”.',
    policy: 'Politica de confidențialitate',
    acceptAll: 'Acceptă toate',
    rejectAll: 'Respinge toate',
    customize: 'Personalizează',
    close: 'Închide fără a alege',
  },
}

export default texts
