import type { BannerTexts } from '../types'

/** Suomi */
const texts: BannerTexts = {
  banner: {
    title: 'Käytämme evästeitä',
    text: 'Käytämme välttämättömiä evästeitä, jotta sivusto toimii. Suostumuksellasi käytämme evästeitä myös asetustesi muistamiseen, käyntien mittaamiseen ja markkinointiin. Voit muuttaa valintaasi milloin tahansa kohdassa ”Evästeasetukset”.',
    revisionTitle: 'Evästekäytäntömme on muuttunut',
    revisionText: 'Olemme päivittäneet tietosuojaselosteemme tai käyttämämme evästeet. Tarkista valintasi ja vahvista se.',
    expiredText: 'Aiempi evästevalintasi on vanhentunut. Tarkista se ja vahvista se uudelleen.',
    policy: 'Tietosuojaseloste',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    customize: 'Mukauta',
    close: 'Sulje valitsematta',
  },
}

export default texts
