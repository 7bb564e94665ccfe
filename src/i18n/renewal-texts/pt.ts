import type { RenewalTexts } from '../types'

/** Português: the banner's words when it asks again (`i18n/renew/pt.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'A nossa política de cookies mudou',
    revisionText: 'Atualizámos a nossa política de privacidade ou os cookies que utilizamos. Reveja a sua escolha e confirme-a.',
    expiredText: 'A sua escolha anterior sobre cookies expirou. Reveja-a e confirme-a novamente.',
  },
}

export default texts
