import type { PanelTexts } from '../types'

/** English */
const texts: PanelTexts = {
  prefs: {
    title: 'Cookie settings',
    intro: 'Choose which cookies we may use. Strictly necessary cookies are always on because the site cannot work without them.',
    save: 'Save choices',
    alwaysOn: 'Always on',
    details: 'Services and cookies',
    cookie: 'Cookie',
    provider: 'Provider',
    party: 'Set by',
    first: 'This site',
    third: 'Third party',
    duration: 'Duration',
    purpose: 'Purpose',
    consentCookie: 'Remembers your cookie choice',
    consentId: 'Your consent ID',
    date: 'Date of your choice',
    notYet: 'No choice yet',
    gpc: 'Your browser sends the Global Privacy Control signal. We honour it: marketing stays off unless you turn it on.',
    close: 'Close',
  },
  declaration: {
    change: 'Change settings',
    allowed: 'Allowed',
    refused: 'Not allowed',
  },
  categories: {
    necessary: {
      title: 'Strictly necessary',
      description: 'Needed for the site to work, for example to remember your cookie choice. They cannot be turned off.',
    },
    functional: {
      title: 'Functional',
      description: 'Remember your preferences and enable extra features such as chat. If you refuse them, these features may not work.',
    },
    performance: {
      title: 'Performance',
      description: 'Count visits and measure how the site is used, so we can improve it. If you refuse them, your visits are not measured.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Measure our ads and show you relevant ads on other sites. If you refuse them, you still see ads, but they are not based on your visits.',
    },
  },
}

export default texts
