import type { Texts } from '../types'

/** Čeština */
const texts: Texts = {
  banner: {
    title: 'Používáme soubory cookie',
    text: 'Používáme nezbytné soubory cookie, aby tento web fungoval. S vaším souhlasem používáme soubory cookie také k zapamatování vašich předvoleb, k měření návštěvnosti a pro marketing. Svou volbu můžete kdykoli změnit v „Nastavení souborů cookie“.',
    revisionTitle: 'Naše zásady používání souborů cookie se změnily',
    revisionText: 'Aktualizovali jsme zásady ochrany osobních údajů nebo používané soubory cookie. Zkontrolujte prosím svou volbu a potvrďte ji.',
    expiredText: 'Platnost vaší dřívější volby souborů cookie vypršela. Zkontrolujte ji prosím a potvrďte znovu.',
    policy: 'Zásady ochrany osobních údajů',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    customize: 'Přizpůsobit',
    close: 'Zavřít bez volby',
  },
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
