import type { RenewalTexts } from '../types'

/** Ελληνικά: the banner's words when it asks again (`i18n/renew/el.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Η πολιτική μας για τα cookies άλλαξε',
    revisionText: 'Ενημερώσαμε την πολιτική απορρήτου μας ή τα cookies που χρησιμοποιούμε. Ελέγξτε την επιλογή σας και επιβεβαιώστε την.',
    expiredText: 'Η προηγούμενη επιλογή σας για τα cookies έχει λήξει. Ελέγξτε την και επιβεβαιώστε την ξανά.',
  },
}

export default texts
