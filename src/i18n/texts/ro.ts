import type { BannerTexts } from '../types'

/** Română */
const texts: BannerTexts = {
  banner: {
    title: 'Folosim cookie-uri',
    text: 'Folosim cookie-uri strict necesare pentru funcționarea acestui site. Cu acordul dumneavoastră, folosim cookie-uri și pentru a reține preferințele dumneavoastră, pentru a măsura vizitele și în scopuri de marketing. Vă puteți schimba alegerea oricând din „Setări cookie-uri”.',
    revisionTitle: 'Politica noastră privind cookie-urile s-a schimbat',
    revisionText: 'Am actualizat politica de confidențialitate sau cookie-urile pe care le folosim. Vă rugăm să vă revedeți alegerea și să o confirmați.',
    expiredText: 'Alegerea dumneavoastră anterioară privind cookie-urile a expirat. Vă rugăm să o revedeți și să o confirmați din nou.',
    policy: 'Politica de confidențialitate',
    acceptAll: 'Acceptă toate',
    rejectAll: 'Respinge toate',
    customize: 'Personalizează',
    close: 'Închide fără a alege',
  },
}

export default texts
