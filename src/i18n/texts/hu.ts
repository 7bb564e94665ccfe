import type { FirstLayerTexts } from '../types'

/** Magyar */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Sütiket használunk',
    text: 'A webhely működéséhez feltétlenül szükséges sütiket használunk. Hozzájárulása esetén sütiket használunk a beállításai megjegyzésére, a látogatások mérésére és marketingcélokra is. Döntését bármikor módosíthatja a „Sütibeállítások” menüpontban.',
    policy: 'Adatvédelmi tájékoztató',
    acceptAll: 'Összes elfogadása',
    rejectAll: 'Összes elutasítása',
    customize: 'Testreszabás',
    close: 'Bezárás választás nélkül',
  },
}

export default texts
