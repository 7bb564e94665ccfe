import type { PlaceholderTexts } from '../types'

/** Eesti: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: '{name} laaditakse alles siis, kui te selle lubate. See võib salvestada küpsiseid ja saata andmeid oma teenusepakkujale.',
  button: 'Luba ja laadi: {name}',
}

export default texts
