import type { FirstLayerTexts } from '../types'

/** English */
const texts: FirstLayerTexts = {
  banner: {
    title: 'We use cookies',
    text: 'We use strictly necessary cookies to run this site. With your consent, we also use cookies to remember your preferences, to measure visits and for marketing. You can change your choice at any time under “Cookie settings”.',
    policy: 'Privacy policy',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customize: 'Customize',
    close: 'Close without choosing',
  },
}

export default texts
