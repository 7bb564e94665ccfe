import type { BannerTexts } from '../types'

/** Gaeilge */
const texts: BannerTexts = {
  banner: {
    title: 'Úsáidimid fianáin',
    text: 'Úsáidimid fianáin atá fíor-riachtanach chun an suíomh seo a reáchtáil. Le do thoiliú, úsáidimid fianáin freisin chun do roghanna a mheabhrú, chun cuairteanna a thomhas agus le haghaidh margaíochta. Is féidir leat do rogha a athrú am ar bith faoi “Socruithe fianán”.',
    revisionTitle: 'Tá ár bpolasaí fianán athraithe',
    revisionText: 'Tá ár bpolasaí príobháideachais nó na fianáin a úsáidimid nuashonraithe againn. Déan athbhreithniú ar do rogha agus deimhnigh í.',
    expiredText: 'Tá do rogha fianán roimhe seo imithe in éag. Déan athbhreithniú uirthi agus deimhnigh arís í.',
    policy: 'Polasaí príobháideachais',
    acceptAll: 'Glac leo go léir',
    rejectAll: 'Diúltaigh dóibh go léir',
    customize: 'Saincheap',
    close: 'Dún gan rogha a dhéanamh',
  },
}

export default texts
