import type { BannerTexts } from '../types'

/** Svenska */
const texts: BannerTexts = {
  banner: {
    title: 'Vi använder kakor',
    text: 'Vi använder nödvändiga kakor för att webbplatsen ska fungera. Med ditt samtycke använder vi också kakor för att komma ihåg dina inställningar, mäta besök och för marknadsföring. Du kan när som helst ändra ditt val under ”Inställningar för kakor”.',
    revisionTitle: 'Vår kakpolicy har ändrats',
    revisionText: 'Vi har uppdaterat vår integritetspolicy eller de kakor vi använder. Granska ditt val och bekräfta det.',
    expiredText: 'Ditt tidigare val om kakor har gått ut. Granska det och bekräfta det igen.',
    policy: 'Integritetspolicy',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Avvisa alla',
    customize: 'Anpassa',
    close: 'Stäng utan att välja',
  },
}

export default texts
