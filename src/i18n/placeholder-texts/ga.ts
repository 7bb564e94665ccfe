import type { PlaceholderTexts } from '../types'

/** Gaeilge: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: 'Ní lódálfar {name} go dtí go gceadaíonn tú é. D’fhéadfadh sé fianáin a shocrú agus sonraí a sheoladh chuig a sholáthraí.',
  button: 'Ceadaigh agus lódáil {name}',
}

export default texts
