import type { PlaceholderTexts } from '../types'

/** Slovenščina: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: 'Vsebina »{name}« se ne naloži, dokler je ne dovolite. Lahko nastavi piškotke in pošilja podatke svojemu ponudniku.',
  button: 'Dovoli in naloži »{name}«',
}

export default texts
