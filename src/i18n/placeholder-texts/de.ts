import type { PlaceholderTexts } from '../types'

/** Deutsch: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: '{name} wird erst geladen, wenn Sie es erlauben. Es kann Cookies setzen und Daten an seinen Anbieter senden.',
  button: '{name} erlauben und laden',
}

export default texts
