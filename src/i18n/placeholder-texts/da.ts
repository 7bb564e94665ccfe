import type { PlaceholderTexts } from '../types'

/** Dansk: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: '{name} indlæses ikke, før du tillader det. Det kan sætte cookies og sende data til sin udbyder.',
  button: 'Tillad og indlæs {name}',
}

export default texts
