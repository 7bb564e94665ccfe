import type { PanelTexts } from '../types'

/** Latviešu */
const texts: PanelTexts = {
  prefs: {
    title: 'Sīkdatņu iestatījumi',
    intro: 'Izvēlieties, kuras sīkdatnes drīkstam izmantot. Obligāti nepieciešamās sīkdatnes vienmēr ir ieslēgtas, jo bez tām vietne nedarbojas.',
    save: 'Saglabāt izvēli',
    alwaysOn: 'Vienmēr ieslēgtas',
    details: 'Pakalpojumi un sīkdatnes',
    cookie: 'Sīkdatne',
    provider: 'Nodrošinātājs',
    party: 'Iestata',
    first: 'Šī vietne',
    third: 'Trešā puse',
    duration: 'Glabāšanas ilgums',
    purpose: 'Mērķis',
    consentCookie: 'Atceras jūsu sīkdatņu izvēli',
    consentId: 'Jūsu piekrišanas ID',
    date: 'Jūsu izvēles datums',
    notYet: 'Izvēle vēl nav veikta',
    gpc: 'Jūsu pārlūkprogramma sūta Global Privacy Control signālu. Mēs to ievērojam: mārketings paliek izslēgts, ja vien jūs to neieslēdzat paši.',
    close: 'Aizvērt',
  },
  declaration: {
    change: 'Mainīt iestatījumus',
    allowed: 'Atļautas',
    refused: 'Nav atļautas',
  },
  categories: {
    necessary: {
      title: 'Obligāti nepieciešamās',
      description: 'Vajadzīgas, lai vietne darbotos, piemēram, lai atcerētos jūsu sīkdatņu izvēli. Tās nevar izslēgt.',
    },
    functional: {
      title: 'Funkcionālās',
      description: 'Atceras jūsu izvēles un nodrošina papildu funkcijas, piemēram, tērzēšanu. Ja tās noraidāt, šīs funkcijas var nedarboties.',
    },
    performance: {
      title: 'Analītikas',
      description: 'Skaita apmeklējumus un mēra, kā vietne tiek izmantota, lai mēs to varētu uzlabot. Ja tās noraidāt, jūsu apmeklējumi netiek mērīti.',
    },
    marketing: {
      title: 'Mārketinga',
      description: 'Mēra mūsu reklāmu efektivitāti un rāda jums atbilstošas reklāmas citās vietnēs. Ja tās noraidāt, jūs joprojām redzēsiet reklāmas, taču tās nebūs balstītas uz jūsu apmeklējumiem.',
    },
  },
}

export default texts
