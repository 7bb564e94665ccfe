import type { PanelTexts } from '../types'

/** Malti */
const texts: PanelTexts = {
  prefs: {
    title: 'Settings tal-cookies',
    intro: 'Agħżel liema cookies nistgħu nużaw. Il-cookies strettament meħtieġa huma dejjem attivi għax is-sit ma jistax jaħdem mingħajrhom.',
    save: 'Issalva l-għażliet',
    alwaysOn: 'Dejjem attivi',
    details: 'Servizzi u cookies',
    cookie: 'Cookie',
    provider: 'Fornitur',
    party: 'Issettjat minn',
    first: 'Dan is-sit',
    third: 'Parti terza',
    duration: 'Tul ta’ żmien',
    purpose: 'Skop',
    consentCookie: 'Jiftakar l-għażla tiegħek dwar il-cookies',
    consentId: 'L-ID tal-kunsens tiegħek',
    date: 'Id-data tal-għażla tiegħek',
    notYet: 'Għadek ma għażiltx',
    gpc: 'Il-browser tiegħek jibgħat is-sinjal Global Privacy Control. Aħna nirrispettawh: il-marketing jibqa’ mitfi sakemm ma tixegħlux int.',
    close: 'Agħlaq',
  },
  declaration: {
    change: 'Ibdel is-settings',
    allowed: 'Permessi',
    refused: 'Mhux permessi',
  },
  categories: {
    necessary: {
      title: 'Strettament meħtieġa',
      description: 'Meħtieġa biex is-sit jaħdem, pereżempju biex jiftakar l-għażla tiegħek dwar il-cookies. Ma jistgħux jintfew.',
    },
    functional: {
      title: 'Funzjonali',
      description: 'Jiftakru l-preferenzi tiegħek u jippermettu funzjonijiet addizzjonali bħaċ-chat. Jekk tirrifjutahom, dawn il-funzjonijiet jistgħu ma jaħdmux.',
    },
    performance: {
      title: 'Prestazzjoni',
      description: 'Jgħoddu ż-żjarat u jkejlu kif jintuża s-sit, biex inkunu nistgħu ntejbuh. Jekk tirrifjutahom, iż-żjarat tiegħek ma jitkejlux.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Ikejlu r-reklami tagħna u juruk reklami rilevanti fuq siti oħra. Jekk tirrifjutahom, xorta tara r-reklami, iżda ma jkunux ibbażati fuq iż-żjarat tiegħek.',
    },
  },
}

export default texts
