import type { BannerTexts } from '../types'

/** Bahasa Indonesia */
const texts: BannerTexts = {
  banner: {
    title: 'Kami menggunakan cookie',
    text: 'Kami menggunakan cookie yang sangat diperlukan agar situs ini berfungsi. Dengan persetujuan Anda, kami juga menggunakan cookie untuk mengingat preferensi Anda, mengukur kunjungan, dan untuk pemasaran. Anda dapat mengubah pilihan Anda kapan saja melalui “Pengaturan cookie”.',
    revisionTitle: 'Kebijakan cookie kami telah berubah',
    revisionText: 'Kami telah memperbarui kebijakan privasi atau cookie yang kami gunakan. Silakan tinjau pilihan Anda dan konfirmasikan.',
    expiredText: 'Pilihan cookie Anda sebelumnya telah kedaluwarsa. Silakan tinjau dan konfirmasikan kembali.',
    policy: 'Kebijakan privasi',
    acceptAll: 'Terima semua',
    rejectAll: 'Tolak semua',
    customize: 'Sesuaikan',
    close: 'Tutup tanpa memilih',
  },
}

export default texts
