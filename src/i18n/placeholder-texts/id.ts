import type { PlaceholderTexts } from '../types'

/** Bahasa Indonesia: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: '{name} tidak dimuat sampai Anda mengizinkannya. Layanan ini dapat menyimpan cookie dan mengirim data ke penyedianya.',
  button: 'Izinkan dan muat {name}',
}

export default texts
