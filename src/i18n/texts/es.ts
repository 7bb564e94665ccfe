import type { BannerTexts } from '../types'

/** Español */
const texts: BannerTexts = {
  banner: {
    title: 'Usamos cookies',
    text: 'Usamos cookies estrictamente necesarias para que este sitio funcione. Con su consentimiento, también usamos cookies para recordar sus preferencias, medir las visitas y con fines de marketing. Puede cambiar su elección en cualquier momento en «Configuración de cookies».',
    revisionTitle: 'Nuestra política de cookies ha cambiado',
    revisionText: 'Hemos actualizado nuestra política de privacidad o las cookies que usamos. Revise su elección y confírmela.',
    expiredText: 'Su elección anterior sobre las cookies ha caducado. Revísela y vuelva a confirmarla.',
    policy: 'Política de privacidad',
    acceptAll: 'Aceptar todas',
    rejectAll: 'Rechazar todas',
    customize: 'Personalizar',
    close: 'Cerrar sin elegir',
  },
}

export default texts
