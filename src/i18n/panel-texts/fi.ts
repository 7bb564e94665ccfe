import type { PanelTexts } from '../types'

/** Suomi */
const texts: PanelTexts = {
  prefs: {
    title: 'Evästeasetukset',
    intro: 'Valitse, mitä evästeitä saamme käyttää. Välttämättömät evästeet ovat aina käytössä, koska sivusto ei toimi ilman niitä.',
    save: 'Tallenna valinnat',
    alwaysOn: 'Aina käytössä',
    details: 'Palvelut ja evästeet',
    cookie: 'Eväste',
    provider: 'Palveluntarjoaja',
    party: 'Asettaja',
    first: 'Tämä sivusto',
    third: 'Kolmas osapuoli',
    duration: 'Voimassaoloaika',
    purpose: 'Tarkoitus',
    consentCookie: 'Muistaa evästevalintasi',
    consentId: 'Suostumustunnuksesi',
    date: 'Valintasi päivämäärä',
    notYet: 'Ei vielä valintaa',
    gpc: 'Selaimesi lähettää Global Privacy Control -signaalin. Noudatamme sitä: markkinointi pysyy pois päältä, ellet itse ota sitä käyttöön.',
    close: 'Sulje',
  },
  declaration: {
    change: 'Muuta asetuksia',
    allowed: 'Sallittu',
    refused: 'Ei sallittu',
  },
  categories: {
    necessary: {
      title: 'Välttämättömät',
      description: 'Tarvitaan sivuston toimintaan, esimerkiksi evästevalintasi muistamiseen. Niitä ei voi poistaa käytöstä.',
    },
    functional: {
      title: 'Toiminnalliset',
      description: 'Muistavat asetuksesi ja mahdollistavat lisätoimintoja, kuten chatin. Jos hylkäät ne, nämä toiminnot eivät ehkä toimi.',
    },
    performance: {
      title: 'Analytiikka',
      description: 'Laskevat käynnit ja mittaavat sivuston käyttöä, jotta voimme parantaa sitä. Jos hylkäät ne, käyntejäsi ei mitata.',
    },
    marketing: {
      title: 'Markkinointi',
      description: 'Mittaavat mainontaamme ja näyttävät sinulle kiinnostavia mainoksia muilla sivustoilla. Jos hylkäät ne, näet edelleen mainoksia, mutta ne eivät perustu käynteihisi.',
    },
  },
}

export default texts
