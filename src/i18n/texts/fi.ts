import type { FirstLayerTexts } from '../types'

/** Suomi */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Käytämme evästeitä',
    text: 'Käytämme välttämättömiä evästeitä, jotta sivusto toimii. Suostumuksellasi käytämme evästeitä myös asetustesi muistamiseen, käyntien mittaamiseen ja markkinointiin. Voit muuttaa valintaasi milloin tahansa kohdassa ”Evästeasetukset”.',
    policy: 'Tietosuojaseloste',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    customize: 'Mukauta',
    close: 'Sulje valitsematta',
  },
}

export default texts
