import type { PlaceholderTexts } from '../types'

/** English: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: '{name} is not loaded until you allow it. It may set cookies and send data to its provider.',
  button: 'Allow {name} and load',
}

export default texts
