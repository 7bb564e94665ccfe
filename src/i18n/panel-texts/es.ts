import type { PanelTexts } from '../types'

/** Español */
const texts: PanelTexts = {
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
