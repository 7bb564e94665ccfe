import type { PlaceholderTexts } from '../types'

/** Română: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: '{name} nu se încarcă până când nu permiteți acest lucru. Poate seta cookie-uri și trimite date furnizorului său.',
  button: 'Permite și încarcă {name}',
}

export default texts
