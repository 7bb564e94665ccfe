import type { PlaceholderTexts } from '../types'

/** Svenska: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: '{name} laddas inte förrän du tillåter det. Det kan sätta kakor och skicka data till sin leverantör.',
  button: 'Tillåt och ladda {name}',
}

export default texts
