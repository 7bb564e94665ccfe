import type { PanelTexts } from '../types'

/** Română */
const texts: PanelTexts = {
  prefs: {
    title: 'Setări cookie-uri',
    intro: 'Alegeți ce cookie-uri putem folosi. Cookie-urile strict necesare sunt mereu active, deoarece site-ul nu poate funcționa fără ele.',
    save: 'Salvează alegerile',
    alwaysOn: 'Mereu active',
    details: 'Servicii și cookie-uri',
    cookie: 'Cookie',
    provider: 'Furnizor',
    party: 'Setat de',
    first: 'Acest site',
    third: 'Terță parte',
    duration: 'Durată',
    purpose: 'Scop',
    consentCookie: 'Reține alegerea dumneavoastră privind cookie-urile',
    consentId: 'ID-ul dumneavoastră de consimțământ',
    date: 'Data alegerii dumneavoastră',
    notYet: 'Nicio alegere încă',
    gpc: 'Browserul dumneavoastră trimite semnalul Global Privacy Control. Îl respectăm: marketingul rămâne dezactivat, cu excepția cazului în care îl activați dumneavoastră.',
    close: 'Închide',
  },
  declaration: {
    change: 'Modifică setările',
    allowed: 'Permise',
    refused: 'Nepermise',
  },
  categories: {
    necessary: {
      title: 'Strict necesare',
      description: 'Necesare pentru funcționarea site-ului, de exemplu pentru a reține alegerea dumneavoastră privind cookie-urile. Nu pot fi dezactivate.',
    },
    functional: {
      title: 'Funcționale',
      description: 'Rețin preferințele dumneavoastră și activează funcții suplimentare, cum ar fi chatul. Dacă le refuzați, este posibil ca aceste funcții să nu funcționeze.',
    },
    performance: {
      title: 'De performanță',
      description: 'Numără vizitele și măsoară modul în care este folosit site-ul, ca să îl putem îmbunătăți. Dacă le refuzați, vizitele dumneavoastră nu sunt măsurate.',
    },
    marketing: {
      title: 'De marketing',
      description: 'Măsoară reclamele noastre și vă arată reclame relevante pe alte site-uri. Dacă le refuzați, veți vedea în continuare reclame, dar acestea nu se vor baza pe vizitele dumneavoastră.',
    },
  },
}

export default texts
