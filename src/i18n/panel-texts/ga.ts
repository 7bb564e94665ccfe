import type { PanelTexts } from '../types'

/** Gaeilge */
const texts: PanelTexts = {
  prefs: {
    title: 'Socruithe fianán',
    intro: 'Roghnaigh na fianáin is féidir linn a úsáid. Bíonn fianáin fíor-riachtanacha ar siúl i gcónaí mar ní féidir leis an suíomh oibriú gan iad.',
    save: 'Sábháil roghanna',
    alwaysOn: 'Ar siúl i gcónaí',
    details: 'Seirbhísí agus fianáin',
    cookie: 'Fianán',
    provider: 'Soláthraí',
    party: 'Socraithe ag',
    first: 'An suíomh seo',
    third: 'Tríú páirtí',
    duration: 'Fad',
    purpose: 'Cuspóir',
    consentCookie: 'Meabhraíonn sé do rogha fianán',
    consentId: 'D’aitheantas toilithe',
    date: 'Dáta do rogha',
    notYet: 'Níl rogha déanta fós',
    gpc: 'Seolann do bhrabhsálaí an comhartha Global Privacy Control. Tugaimid aird air: fanann an mhargaíocht múchta mura gcuireann tú féin ar siúl í.',
    close: 'Dún',
  },
  declaration: {
    change: 'Athraigh socruithe',
    allowed: 'Ceadaithe',
    refused: 'Gan cead',
  },
  categories: {
    necessary: {
      title: 'Fíor-riachtanach',
      description: 'Teastaíonn siad chun go n-oibreoidh an suíomh, mar shampla chun do rogha fianán a mheabhrú. Ní féidir iad a mhúchadh.',
    },
    functional: {
      title: 'Feidhmiúil',
      description: 'Meabhraíonn siad do roghanna agus cumasaíonn siad gnéithe breise ar nós comhrá. Má dhiúltaíonn tú dóibh, b’fhéidir nach n-oibreoidh na gnéithe sin.',
    },
    performance: {
      title: 'Feidhmíocht',
      description: 'Comhaireann siad cuairteanna agus tomhaiseann siad conas a úsáidtear an suíomh, ionas gur féidir linn é a fheabhsú. Má dhiúltaíonn tú dóibh, ní thomhaistear do chuairteanna.',
    },
    marketing: {
      title: 'Margaíocht',
      description: 'Tomhaiseann siad ár bhfógraí agus taispeánann siad fógraí ábhartha duit ar shuímh eile. Má dhiúltaíonn tú dóibh, feicfidh tú fógraí fós, ach ní bheidh siad bunaithe ar do chuairteanna.',
    },
  },
}

export default texts
