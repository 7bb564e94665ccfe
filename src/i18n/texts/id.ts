import type { FirstLayerTexts } from '../types'

/** Bahasa Indonesia */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Kami menggunakan cookie',
    text: 'Kami menggunakan cookie yang sangat diperlukan agar situs ini berfungsi. Dengan persetujuan Anda, kami juga menggunakan cookie untuk mengingat preferensi Anda, mengukur kunjungan, dan untuk pemasaran. Anda dapat mengubah pilihan Anda kapan saja melalui “Pengaturan cookie”.',
    policy: 'Kebijakan privasi',
    acceptAll: 'Terima semua',
    rejectAll: 'Tolak semua',
    customize: 'Sesuaikan',
    close: 'Tutup tanpa memilih',
  },
}

export default texts
