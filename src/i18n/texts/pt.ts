import type { FirstLayerTexts } from '../types'

/** Português */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Utilizamos cookies',
    text: 'Utilizamos cookies estritamente necessários para o funcionamento deste site. Com o seu consentimento, utilizamos também cookies para memorizar as suas preferências, medir as visitas e para marketing. Pode alterar a sua escolha a qualquer momento em «Definições de cookies».',
    policy: 'Política de privacidade',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    customize: 'Personalizar',
    close: 'Fechar sem escolher',
  },
}

export default texts
