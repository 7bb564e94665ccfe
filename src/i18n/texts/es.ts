import type { Texts } from '../types'

/** Español */
const texts: Texts = {
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
  prefs: {
    title: 'Configuración de cookies',
    intro: 'Elija qué cookies podemos usar. Las cookies estrictamente necesarias están siempre activas porque el sitio no puede funcionar sin ellas.',
    save: 'Guardar selección',
    alwaysOn: 'Siempre activas',
    details: 'Servicios y cookies',
    cookie: 'Cookie',
    provider: 'Proveedor',
    party: 'Instalada por',
    first: 'Este sitio',
    third: 'Terceros',
    duration: 'Duración',
    purpose: 'Finalidad',
    consentCookie: 'Recuerda su elección sobre las cookies',
    consentId: 'Su ID de consentimiento',
    date: 'Fecha de su elección',
    notYet: 'Aún no ha elegido',
    gpc: 'Su navegador envía la señal Global Privacy Control. La respetamos: el marketing permanece desactivado salvo que usted lo active.',
    close: 'Cerrar',
  },
  declaration: {
    change: 'Cambiar configuración',
    allowed: 'Permitidas',
    refused: 'No permitidas',
  },
  categories: {
    necessary: {
      title: 'Estrictamente necesarias',
      description: 'Necesarias para que el sitio funcione, por ejemplo para recordar su elección sobre las cookies. No se pueden desactivar.',
    },
    functional: {
      title: 'Funcionales',
      description: 'Recuerdan sus preferencias y activan funciones adicionales como el chat. Si las rechaza, es posible que estas funciones no estén disponibles.',
    },
    performance: {
      title: 'Analíticas',
      description: 'Cuentan las visitas y miden cómo se usa el sitio para que podamos mejorarlo. Si las rechaza, sus visitas no se miden.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Miden nuestros anuncios y le muestran anuncios relevantes en otros sitios. Si las rechaza, seguirá viendo anuncios, pero no basados en sus visitas.',
    },
  },
}

export default texts
