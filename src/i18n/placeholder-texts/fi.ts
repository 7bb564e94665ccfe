import type { PlaceholderTexts } from '../types'

/** Suomi: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: 'Sisältöä {name} ei ladata ennen kuin sallit sen. Se voi tallentaa evästeitä ja lähettää tietoja palveluntarjoajalleen.',
  button: 'Salli ja lataa: {name}',
}

export default texts
