import type { FirstLayerTexts } from '../types'

/** Español */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Usamos cookies',
    text: 'Usamos cookies estrictamente necesarias para que este sitio funcione. Con su consentimiento, también usamos cookies para recordar sus preferencias, medir las visitas y con fines de marketing. Puede cambiar su elección en cualquier momento en «Configuración de cookies».',
    policy: 'Política de privacidad',
    acceptAll: 'Aceptar todas',
    rejectAll: 'Rechazar todas',
    customize: 'Personalizar',
    close: 'Cerrar sin elegir',
  },
}

export default texts
