import type { PlaceholderTexts } from '../types'

/** Български: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: 'Съдържанието „{name}“ не се зарежда, докато не го разрешите. То може да поставя бисквитки и да изпраща данни на своя доставчик.',
  button: 'Разрешаване и зареждане на „{name}“',
}

export default texts
