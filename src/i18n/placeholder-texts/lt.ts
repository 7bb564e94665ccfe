import type { PlaceholderTexts } from '../types'

/** Lietuvių: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: 'Turinys „{name}“ neįkeliamas, kol jo neleisite. Jis gali įrašyti slapukus ir siųsti duomenis savo teikėjui.',
  button: 'Leisti ir įkelti „{name}“',
}

export default texts
