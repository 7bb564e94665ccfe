import type { FirstLayerTexts } from '../types'

/** Svenska */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Vi använder kakor',
    text: 'Vi använder nödvändiga kakor för att webbplatsen ska fungera. Med ditt samtycke använder vi också kakor för att komma ihåg dina inställningar, mäta besök och för marknadsföring. Du kan när som helst ändra ditt val under ”Inställningar för kakor”.',
    policy: 'Integritetspolicy',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Avvisa alla',
    customize: 'Anpassa',
    close: 'Stäng utan att välja',
  },
}

export default texts
