import type { PanelTexts } from '../types'

/** Magyar */
const texts: PanelTexts = {
  prefs: {
    title: 'Sütibeállítások',
    intro: 'Válassza ki, mely sütiket használhatjuk. A feltétlenül szükséges sütik mindig be vannak kapcsolva, mert nélkülük a webhely nem működik.',
    save: 'Választás mentése',
    alwaysOn: 'Mindig bekapcsolva',
    details: 'Szolgáltatások és sütik',
    cookie: 'Süti',
    provider: 'Szolgáltató',
    party: 'Elhelyezője',
    first: 'Ez a webhely',
    third: 'Harmadik fél',
    duration: 'Időtartam',
    purpose: 'Cél',
    consentCookie: 'Megjegyzi a sütikre vonatkozó döntését',
    consentId: 'Hozzájárulási azonosítója',
    date: 'Döntésének dátuma',
    notYet: 'Még nincs döntés',
    gpc: 'Böngészője Global Privacy Control jelzést küld. Ezt tiszteletben tartjuk: a marketing kikapcsolva marad, hacsak Ön be nem kapcsolja.',
    close: 'Bezárás',
  },
  declaration: {
    change: 'Beállítások módosítása',
    allowed: 'Engedélyezve',
    refused: 'Nincs engedélyezve',
  },
  categories: {
    necessary: {
      title: 'Feltétlenül szükséges',
      description: 'A webhely működéséhez kellenek, például a sütikre vonatkozó döntése megjegyzéséhez. Nem kapcsolhatók ki.',
    },
    functional: {
      title: 'Funkcionális',
      description: 'Megjegyzik a beállításait, és további funkciókat tesznek lehetővé, például a csevegést. Ha elutasítja őket, ezek a funkciók esetleg nem működnek.',
    },
    performance: {
      title: 'Statisztikai',
      description: 'Számolják a látogatásokat és mérik a webhely használatát, hogy fejleszthessük. Ha elutasítja őket, látogatásait nem mérjük.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Mérik hirdetéseink hatékonyságát, és releváns hirdetéseket mutatnak Önnek más webhelyeken. Ha elutasítja őket, továbbra is lát hirdetéseket, de azok nem a látogatásain alapulnak.',
    },
  },
}

export default texts
