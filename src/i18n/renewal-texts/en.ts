import type { RenewalTexts } from '../types'

/** English: the banner's words when it asks again (`i18n/renew/en.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Our cookie policy has changed',
    revisionText: 'We have updated our privacy policy or the cookies we use. Please review your choice and confirm it.',
    expiredText: 'Your earlier cookie choice has expired. Please review it and confirm it again.',
  },
}

export default texts
