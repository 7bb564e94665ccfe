import type { PanelTexts } from '../types'

/** Čeština */
const texts: PanelTexts = {
  prefs: {
    title: 'Nastavení souborů cookie',
    intro: 'Vyberte, které soubory cookie smíme používat. Nezbytné soubory cookie jsou vždy zapnuté, protože bez nich web nefunguje.',
    save: 'Uložit volbu',
    alwaysOn: 'Vždy zapnuto',
    details: 'Služby a soubory cookie',
    cookie: 'Soubor cookie',
    provider: 'Poskytovatel',
    party: 'Nastavuje',
    first: 'Tento web',
    third: 'Třetí strana',
    duration: 'Doba platnosti',
    purpose: 'Účel',
    consentCookie: 'Pamatuje si vaši volbu souborů cookie',
    consentId: 'Vaše ID souhlasu',
    date: 'Datum vaší volby',
    notYet: 'Zatím bez volby',
    gpc: 'Váš prohlížeč odesílá signál Global Privacy Control. Respektujeme ho: marketing zůstane vypnutý, dokud ho sami nezapnete.',
    close: 'Zavřít',
  },
  declaration: {
    change: 'Změnit nastavení',
    allowed: 'Povoleno',
    refused: 'Nepovoleno',
  },
  categories: {
    necessary: {
      title: 'Nezbytné',
      description: 'Potřebné pro fungování webu, například k zapamatování vaší volby souborů cookie. Nelze je vypnout.',
    },
    functional: {
      title: 'Funkční',
      description: 'Pamatují si vaše předvolby a umožňují další funkce, jako je chat. Pokud je odmítnete, tyto funkce nemusí fungovat.',
    },
    performance: {
      title: 'Analytické',
      description: 'Počítají návštěvy a měří, jak se web používá, abychom ho mohli zlepšovat. Pokud je odmítnete, vaše návštěvy se neměří.',
    },
    marketing: {
      title: 'Marketingové',
      description: 'Měří účinnost naší reklamy a zobrazují vám relevantní reklamy na jiných webech. Pokud je odmítnete, reklamy uvidíte dál, ale nebudou založené na vašich návštěvách.',
    },
  },
}

export default texts
