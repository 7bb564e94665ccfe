import type { RenewalTexts } from '../types'

/** Bahasa Indonesia: the banner's words when it asks again (`i18n/renew/id.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Kebijakan cookie kami telah berubah',
    revisionText: 'Kami telah memperbarui kebijakan privasi atau cookie yang kami gunakan. Silakan tinjau pilihan Anda dan konfirmasikan.',
    expiredText: 'Pilihan cookie Anda sebelumnya telah kedaluwarsa. Silakan tinjau dan konfirmasikan kembali.',
  },
}

export default texts
