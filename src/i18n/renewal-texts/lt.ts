import type { RenewalTexts } from '../types'

/** Lietuvių: the banner's words when it asks again (`i18n/renew/lt.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Pasikeitė mūsų slapukų politika',
    revisionText: 'Atnaujinome savo privatumo politiką arba naudojamus slapukus. Peržiūrėkite savo pasirinkimą ir jį patvirtinkite.',
    expiredText: 'Jūsų ankstesnio pasirinkimo dėl slapukų galiojimas baigėsi. Peržiūrėkite jį ir patvirtinkite dar kartą.',
  },
}

export default texts
