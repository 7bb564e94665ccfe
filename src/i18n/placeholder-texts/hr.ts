import type { PlaceholderTexts } from '../types'

/** Hrvatski: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: 'Sadržaj „{name}” neće se učitati dok ga ne dopustite. Može postavljati kolačiće i slati podatke svojem pružatelju.',
  button: 'Dopusti i učitaj „{name}”',
}

export default texts
