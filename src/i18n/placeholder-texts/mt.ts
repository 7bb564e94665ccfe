import type { PlaceholderTexts } from '../types'

/** Malti: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: '{name} ma jitgħabbiex sakemm tippermettih. Jista’ jissettja cookies u jibgħat data lill-fornitur tiegħu.',
  button: 'Ippermetti u għabbi {name}',
}

export default texts
