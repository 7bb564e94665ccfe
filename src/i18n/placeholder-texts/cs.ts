import type { PlaceholderTexts } from '../types'

/** Čeština: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: 'Obsah „{name}“ se nenačte, dokud ho nepovolíte. Může ukládat soubory cookie a odesílat data svému poskytovateli.',
  button: 'Povolit a načíst „{name}“',
}

export default texts
