import type { BannerTexts } from '../types'

/** Magyar */
const texts: BannerTexts = {
  banner: {
    title: 'Sütiket használunk',
    text: 'A webhely működéséhez feltétlenül szükséges sütiket használunk. Hozzájárulása esetén sütiket használunk a beállításai megjegyzésére, a látogatások mérésére és marketingcélokra is. Döntését bármikor módosíthatja a „Sütibeállítások” menüpontban.',
    revisionTitle: 'Megváltozott a sütikre vonatkozó szabályzatunk',
    revisionText: 'Frissítettük adatvédelmi tájékoztatónkat vagy az általunk használt sütiket. Kérjük, tekintse át és erősítse meg döntését.',
    expiredText: 'Korábbi sütidöntése lejárt. Kérjük, tekintse át és erősítse meg újra.',
    policy: 'Adatvédelmi tájékoztató',
    acceptAll: 'Összes elfogadása',
    rejectAll: 'Összes elutasítása',
    customize: 'Testreszabás',
    close: 'Bezárás választás nélkül',
  },
}

export default texts
