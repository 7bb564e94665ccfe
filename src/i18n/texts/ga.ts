import type { FirstLayerTexts } from '../types'

/** Gaeilge */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Úsáidimid fianáin',
    text: 'Úsáidimid fianáin atá fíor-riachtanach chun an suíomh seo a reáchtáil. Le do thoiliú, úsáidimid fianáin freisin chun do roghanna a mheabhrú, chun cuairteanna a thomhas agus le haghaidh margaíochta. Is féidir leat do rogha a athrú am ar bith faoi “Socruithe fianán”.',
    policy: 'Polasaí príobháideachais',
    acceptAll: 'Glac leo go léir',
    rejectAll: 'Diúltaigh dóibh go léir',
    customize: 'Saincheap',
    close: 'Dún gan rogha a dhéanamh',
  },
}

export default texts
