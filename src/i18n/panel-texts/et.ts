import type { PanelTexts } from '../types'

/** Eesti */
const texts: PanelTexts = {
  prefs: {
    title: 'Küpsiste seaded',
    intro: 'Valige, milliseid küpsiseid võime kasutada. Hädavajalikud küpsised on alati sees, sest ilma nendeta veebisait ei tööta.',
    save: 'Salvesta valikud',
    alwaysOn: 'Alati sees',
    details: 'Teenused ja küpsised',
    cookie: 'Küpsis',
    provider: 'Pakkuja',
    party: 'Määraja',
    first: 'See veebisait',
    third: 'Kolmas osapool',
    duration: 'Kehtivus',
    purpose: 'Eesmärk',
    consentCookie: 'Jätab meelde teie küpsiste valiku',
    consentId: 'Teie nõusoleku ID',
    date: 'Teie valiku kuupäev',
    notYet: 'Valik on veel tegemata',
    gpc: 'Teie brauser saadab Global Privacy Controli signaali. Austame seda: turundus jääb välja, kui te seda ise sisse ei lülita.',
    close: 'Sulge',
  },
  declaration: {
    change: 'Muuda seadeid',
    allowed: 'Lubatud',
    refused: 'Keelatud',
  },
  categories: {
    necessary: {
      title: 'Hädavajalikud',
      description: 'Vajalikud veebisaidi toimimiseks, näiteks teie küpsiste valiku meelespidamiseks. Neid ei saa välja lülitada.',
    },
    functional: {
      title: 'Funktsionaalsed',
      description: 'Jätavad meelde teie eelistused ja võimaldavad lisafunktsioone, näiteks vestlust. Kui te neist keeldute, ei pruugi need funktsioonid töötada.',
    },
    performance: {
      title: 'Analüütika',
      description: 'Loendavad külastusi ja mõõdavad veebisaidi kasutamist, et saaksime seda parandada. Kui te neist keeldute, teie külastusi ei mõõdeta.',
    },
    marketing: {
      title: 'Turundus',
      description: 'Mõõdavad meie reklaamide tulemusi ja näitavad teile asjakohaseid reklaame teistel veebisaitidel. Kui te neist keeldute, näete endiselt reklaame, kuid need ei põhine teie külastustel.',
    },
  },
}

export default texts
