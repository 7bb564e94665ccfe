import type { PanelTexts } from '../types'

/** Dansk */
const texts: PanelTexts = {
  prefs: {
    title: 'Cookieindstillinger',
    intro: 'Vælg, hvilke cookies vi må bruge. Strengt nødvendige cookies er altid slået til, fordi hjemmesiden ikke kan fungere uden dem.',
    save: 'Gem valg',
    alwaysOn: 'Altid slået til',
    details: 'Tjenester og cookies',
    cookie: 'Cookie',
    provider: 'Udbyder',
    party: 'Sat af',
    first: 'Denne hjemmeside',
    third: 'Tredjepart',
    duration: 'Varighed',
    purpose: 'Formål',
    consentCookie: 'Husker dit cookievalg',
    consentId: 'Dit samtykke-ID',
    date: 'Dato for dit valg',
    notYet: 'Intet valg endnu',
    gpc: 'Din browser sender signalet Global Privacy Control. Vi respekterer det: markedsføring forbliver slået fra, medmindre du selv slår den til.',
    close: 'Luk',
  },
  declaration: {
    change: 'Skift indstillinger',
    allowed: 'Tilladt',
    refused: 'Ikke tilladt',
  },
  categories: {
    necessary: {
      title: 'Strengt nødvendige',
      description: 'Nødvendige for at hjemmesiden fungerer, for eksempel for at huske dit cookievalg. De kan ikke slås fra.',
    },
    functional: {
      title: 'Funktionelle',
      description: 'Husker dine præferencer og giver ekstra funktioner som chat. Hvis du afviser dem, virker disse funktioner måske ikke.',
    },
    performance: {
      title: 'Statistik',
      description: 'Tæller besøg og måler, hvordan hjemmesiden bruges, så vi kan forbedre den. Hvis du afviser dem, bliver dine besøg ikke målt.',
    },
    marketing: {
      title: 'Markedsføring',
      description: 'Måler vores annoncer og viser dig relevante annoncer på andre hjemmesider. Hvis du afviser dem, ser du stadig annoncer, men de er ikke baseret på dine besøg.',
    },
  },
}

export default texts
