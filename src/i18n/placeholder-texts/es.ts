import type { PlaceholderTexts } from '../types'

/** Español: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: '{name} no se cargará hasta que lo permita. Puede instalar cookies y enviar datos a su proveedor.',
  button: 'Permitir y cargar {name}',
}

export default texts
