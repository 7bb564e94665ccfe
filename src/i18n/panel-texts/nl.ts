import type { PanelTexts } from '../types'

/** Nederlands */
const texts: PanelTexts = {
  prefs: {
    title: 'Cookie-instellingen',
    intro: 'Kies welke cookies we mogen gebruiken. Strikt noodzakelijke cookies staan altijd aan, omdat de website zonder deze cookies niet werkt.',
    save: 'Keuze opslaan',
    alwaysOn: 'Altijd aan',
    details: 'Diensten en cookies',
    cookie: 'Cookie',
    provider: 'Aanbieder',
    party: 'Geplaatst door',
    first: 'Deze website',
    third: 'Derde partij',
    duration: 'Bewaartermijn',
    purpose: 'Doel',
    consentCookie: 'Onthoudt uw cookiekeuze',
    consentId: 'Uw toestemmings-ID',
    date: 'Datum van uw keuze',
    notYet: 'Nog geen keuze',
    gpc: 'Uw browser verstuurt het Global Privacy Control-signaal. Wij respecteren dat: marketing blijft uit, tenzij u het zelf aanzet.',
    close: 'Sluiten',
  },
  declaration: {
    change: 'Instellingen wijzigen',
    allowed: 'Toegestaan',
    refused: 'Niet toegestaan',
  },
  categories: {
    necessary: {
      title: 'Strikt noodzakelijk',
      description: 'Nodig om de website te laten werken, bijvoorbeeld om uw cookiekeuze te onthouden. Deze kunnen niet worden uitgezet.',
    },
    functional: {
      title: 'Functioneel',
      description: 'Onthouden uw voorkeuren en maken extra functies mogelijk, zoals chat. Als u ze weigert, werken deze functies mogelijk niet.',
    },
    performance: {
      title: 'Prestaties',
      description: 'Tellen bezoeken en meten hoe de website wordt gebruikt, zodat we die kunnen verbeteren. Als u ze weigert, worden uw bezoeken niet gemeten.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Meten onze advertenties en tonen u relevante advertenties op andere websites. Als u ze weigert, ziet u nog steeds advertenties, maar niet op basis van uw bezoeken.',
    },
  },
}

export default texts
