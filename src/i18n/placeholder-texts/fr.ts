import type { PlaceholderTexts } from '../types'

/** Français: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: '{name} ne sera pas chargé tant que vous ne l’aurez pas autorisé. Il peut déposer des cookies et envoyer des données à son fournisseur.',
  button: 'Autoriser et charger {name}',
}

export default texts
