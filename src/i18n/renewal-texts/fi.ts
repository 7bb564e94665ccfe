import type { RenewalTexts } from '../types'

/** Suomi: the banner's words when it asks again (`i18n/renew/fi.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Evästekäytäntömme on muuttunut',
    revisionText: 'Olemme päivittäneet tietosuojaselosteemme tai käyttämämme evästeet. Tarkista valintasi ja vahvista se.',
    expiredText: 'Aiempi evästevalintasi on vanhentunut. Tarkista se ja vahvista se uudelleen.',
  },
}

export default texts
