import type { PlaceholderTexts } from '../types'

/** Latviešu: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: 'Saturs “{name}” netiek ielādēts, kamēr jūs to neatļaujat. Tas var iestatīt sīkdatnes un sūtīt datus savam nodrošinātājam.',
  button: 'Atļaut un ielādēt “{name}”',
}

export default texts
