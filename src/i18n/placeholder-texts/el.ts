import type { PlaceholderTexts } from '../types'

/** Ελληνικά: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: 'Το περιεχόμενο «{name}» δεν φορτώνεται μέχρι να το επιτρέψετε. Μπορεί να ορίσει cookies και να στείλει δεδομένα στον πάροχό του.',
  button: 'Αποδοχή και φόρτωση: {name}',
}

export default texts
