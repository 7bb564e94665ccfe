import type { PlaceholderTexts } from '../types'

/** Português: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: '{name} não é carregado até que o permita. Pode definir cookies e enviar dados ao seu fornecedor.',
  button: 'Permitir e carregar {name}',
}

export default texts
