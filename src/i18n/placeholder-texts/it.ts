import type { PlaceholderTexts } from '../types'

/** Italiano: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: '{name} non viene caricato finché non lo consenti. Può impostare cookie e inviare dati al suo fornitore.',
  button: 'Consenti e carica {name}',
}

export default texts
