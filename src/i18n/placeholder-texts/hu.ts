import type { PlaceholderTexts } from '../types'

/** Magyar: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: 'Ez a tartalom ({name}) csak akkor töltődik be, ha engedélyezi. Sütiket helyezhet el, és adatokat küldhet a szolgáltatójának.',
  button: '{name} engedélyezése és betöltése',
}

export default texts
