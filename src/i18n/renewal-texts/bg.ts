import type { RenewalTexts } from '../types'

/** Български: the banner's words when it asks again (`i18n/renew/bg.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Политиката ни за бисквитките е променена',
    revisionText: 'Актуализирахме политиката си за поверителност или бисквитките, които използваме. Моля, прегледайте избора си и го потвърдете.',
    expiredText: 'Предишният ви избор относно бисквитките е изтекъл. Моля, прегледайте го и го потвърдете отново.',
  },
}

export default texts
