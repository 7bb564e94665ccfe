import type { PanelTexts } from '../types'

/** Svenska */
const texts: PanelTexts = {
  prefs: {
    title: 'Inställningar för kakor',
    intro: 'Välj vilka kakor vi får använda. Nödvändiga kakor är alltid på eftersom webbplatsen inte fungerar utan dem.',
    save: 'Spara val',
    alwaysOn: 'Alltid på',
    details: 'Tjänster och kakor',
    cookie: 'Kaka',
    provider: 'Leverantör',
    party: 'Sätts av',
    first: 'Den här webbplatsen',
    third: 'Tredje part',
    duration: 'Lagringstid',
    purpose: 'Syfte',
    consentCookie: 'Kommer ihåg ditt val om kakor',
    consentId: 'Ditt samtyckes-ID',
    date: 'Datum för ditt val',
    notYet: 'Inget val ännu',
    gpc: 'Din webbläsare skickar signalen Global Privacy Control. Vi respekterar den: marknadsföring förblir avstängd om du inte själv slår på den.',
    close: 'Stäng',
  },
  declaration: {
    change: 'Ändra inställningar',
    allowed: 'Tillåtna',
    refused: 'Inte tillåtna',
  },
  categories: {
    necessary: {
      title: 'Nödvändiga',
      description: 'Behövs för att webbplatsen ska fungera, till exempel för att komma ihåg ditt val om kakor. De kan inte stängas av.',
    },
    functional: {
      title: 'Funktionella',
      description: 'Kommer ihåg dina inställningar och aktiverar extra funktioner som chatt. Om du avvisar dem kanske funktionerna inte fungerar.',
    },
    performance: {
      title: 'Statistik',
      description: 'Räknar besök och mäter hur webbplatsen används så att vi kan förbättra den. Om du avvisar dem mäts inte dina besök.',
    },
    marketing: {
      title: 'Marknadsföring',
      description: 'Mäter våra annonser och visar dig relevanta annonser på andra webbplatser. Om du avvisar dem ser du fortfarande annonser, men de bygger inte på dina besök.',
    },
  },
}

export default texts
