import type { RenewalTexts } from '../types'

/** Español: the banner's words when it asks again (`i18n/renew/es.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Nuestra política de cookies ha cambiado',
    revisionText: 'Hemos actualizado nuestra política de privacidad o las cookies que usamos. Revise su elección y confírmela.',
    expiredText: 'Su elección anterior sobre las cookies ha caducado. Revísela y vuelva a confirmarla.',
  },
}

export default texts
