import type { PlaceholderTexts } from '../types'

/** Polski: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: 'Treść „{name}” nie zostanie wczytana, dopóki na to nie zezwolisz. Może zapisywać pliki cookie i wysyłać dane do swojego dostawcy.',
  button: 'Zezwól i wczytaj „{name}”',
}

export default texts
