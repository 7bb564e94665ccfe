import type { PlaceholderTexts } from '../types'

/** Nederlands: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: '{name} wordt pas geladen als u het toestaat. Het kan cookies plaatsen en gegevens naar zijn aanbieder sturen.',
  button: '{name} toestaan en laden',
}

export default texts
