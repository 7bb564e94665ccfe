import type { PanelTexts } from '../types'

/** Hrvatski */
const texts: PanelTexts = {
  prefs: {
    title: 'Postavke kolačića',
    intro: 'Odaberite koje kolačiće smijemo koristiti. Nužni kolačići uvijek su uključeni jer stranica bez njih ne radi.',
    save: 'Spremi odabir',
    alwaysOn: 'Uvijek uključeno',
    details: 'Usluge i kolačići',
    cookie: 'Kolačić',
    provider: 'Pružatelj',
    party: 'Postavlja',
    first: 'Ova stranica',
    third: 'Treća strana',
    duration: 'Trajanje',
    purpose: 'Svrha',
    consentCookie: 'Pamti vaš izbor kolačića',
    consentId: 'Vaš ID privole',
    date: 'Datum vašeg izbora',
    notYet: 'Još nema izbora',
    gpc: 'Vaš preglednik šalje signal Global Privacy Control. Poštujemo ga: marketing ostaje isključen osim ako ga sami ne uključite.',
    close: 'Zatvori',
  },
  declaration: {
    change: 'Promijeni postavke',
    allowed: 'Dopušteno',
    refused: 'Nije dopušteno',
  },
  categories: {
    necessary: {
      title: 'Nužni',
      description: 'Potrebni za rad stranice, na primjer za pamćenje vašeg izbora kolačića. Ne mogu se isključiti.',
    },
    functional: {
      title: 'Funkcionalni',
      description: 'Pamte vaše postavke i omogućuju dodatne značajke poput chata. Ako ih odbijete, te značajke možda neće raditi.',
    },
    performance: {
      title: 'Analitički',
      description: 'Broje posjete i mjere kako se stranica koristi kako bismo je mogli poboljšati. Ako ih odbijete, vaši se posjeti ne mjere.',
    },
    marketing: {
      title: 'Marketinški',
      description: 'Mjere uspješnost naših oglasa i prikazuju vam relevantne oglase na drugim stranicama. Ako ih odbijete, i dalje ćete vidjeti oglase, ali neće se temeljiti na vašim posjetima.',
    },
  },
}

export default texts
