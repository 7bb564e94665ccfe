import type { PanelTexts } from '../types'

/** Italiano */
const texts: PanelTexts = {
  prefs: {
    title: 'Impostazioni cookie',
    intro: 'Scegli quali cookie possiamo utilizzare. I cookie strettamente necessari sono sempre attivi perché senza di essi il sito non può funzionare.',
    save: 'Salva le scelte',
    alwaysOn: 'Sempre attivi',
    details: 'Servizi e cookie',
    cookie: 'Cookie',
    provider: 'Fornitore',
    party: 'Impostato da',
    first: 'Questo sito',
    third: 'Terze parti',
    duration: 'Durata',
    purpose: 'Finalità',
    consentCookie: 'Ricorda la tua scelta sui cookie',
    consentId: 'Il tuo ID di consenso',
    date: 'Data della tua scelta',
    notYet: 'Nessuna scelta ancora',
    gpc: 'Il tuo browser invia il segnale Global Privacy Control. Lo rispettiamo: il marketing resta disattivato, a meno che tu non lo attivi.',
    close: 'Chiudi',
  },
  declaration: {
    change: 'Modifica impostazioni',
    allowed: 'Consentiti',
    refused: 'Non consentiti',
  },
  categories: {
    necessary: {
      title: 'Strettamente necessari',
      description: 'Servono al funzionamento del sito, per esempio per ricordare la tua scelta sui cookie. Non possono essere disattivati.',
    },
    functional: {
      title: 'Funzionali',
      description: 'Ricordano le tue preferenze e abilitano funzioni aggiuntive come la chat. Se li rifiuti, queste funzioni potrebbero non funzionare.',
    },
    performance: {
      title: 'Statistici',
      description: 'Contano le visite e misurano come viene usato il sito, per permetterci di migliorarlo. Se li rifiuti, le tue visite non vengono misurate.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Misurano le nostre pubblicità e ti mostrano annunci pertinenti su altri siti. Se li rifiuti, vedrai comunque annunci, ma non basati sulle tue visite.',
    },
  },
}

export default texts
