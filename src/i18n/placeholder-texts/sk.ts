import type { PlaceholderTexts } from '../types'

/** Slovenčina: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: 'Obsah „{name}“ sa nenačíta, kým ho nepovolíte. Môže ukladať súbory cookie a odosielať údaje svojmu poskytovateľovi.',
  button: 'Povoliť a načítať „{name}“',
}

export default texts
