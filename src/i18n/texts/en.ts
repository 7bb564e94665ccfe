import type { BannerTexts } from '../types'

/** English */
const texts: BannerTexts = {
  banner: {
    title: 'We use cookies',
    text: 'We use strictly necessary cookies to run this site. With your consent, we also use cookies to remember your preferences, to measure visits and for marketing. You can change your choice at any time under “Cookie settings”.',
    revisionTitle: 'Our cookie policy has changed',
    revisionText: 'We have updated our privacy policy or the cookies we use. Please review your choice and confirm it.',
    expiredText: 'Your earlier cookie choice has expired. Please review it and confirm it again.',
    policy: 'Privacy policy',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customize: 'Customize',
    close: 'Close without choosing',
  },
}

export default texts
