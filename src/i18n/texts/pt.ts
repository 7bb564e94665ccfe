import type { BannerTexts } from '../types'

/** Português */
const texts: BannerTexts = {
  banner: {
    title: 'Utilizamos cookies',
    text: 'Utilizamos cookies estritamente necessários para o funcionamento deste site. Com o seu consentimento, utilizamos também cookies para memorizar as suas preferências, medir as visitas e para marketing. Pode alterar a sua escolha a qualquer momento em «Definições de cookies».',
    revisionTitle: 'A nossa política de cookies mudou',
    revisionText: 'Atualizámos a nossa política de privacidade ou os cookies que utilizamos. Reveja a sua escolha e confirme-a.',
    expiredText: 'A sua escolha anterior sobre cookies expirou. Reveja-a e confirme-a novamente.',
    policy: 'Política de privacidade',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    customize: 'Personalizar',
    close: 'Fechar sem escolher',
  },
}

export default texts
