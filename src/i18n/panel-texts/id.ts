import type { PanelTexts } from '../types'

/** Bahasa Indonesia */
const texts: PanelTexts = {
  prefs: {
    title: 'Pengaturan cookie',
    intro: 'Pilih cookie mana yang boleh kami gunakan. Cookie yang sangat diperlukan selalu aktif karena situs tidak dapat berfungsi tanpanya.',
    save: 'Simpan pilihan',
    alwaysOn: 'Selalu aktif',
    details: 'Layanan dan cookie',
    cookie: 'Cookie',
    provider: 'Penyedia',
    party: 'Dipasang oleh',
    first: 'Situs ini',
    third: 'Pihak ketiga',
    duration: 'Durasi',
    purpose: 'Tujuan',
    consentCookie: 'Mengingat pilihan cookie Anda',
    consentId: 'ID persetujuan Anda',
    date: 'Tanggal pilihan Anda',
    notYet: 'Belum ada pilihan',
    gpc: 'Browser Anda mengirimkan sinyal Global Privacy Control. Kami menghormatinya: pemasaran tetap nonaktif kecuali Anda sendiri mengaktifkannya.',
    close: 'Tutup',
  },
  declaration: {
    change: 'Ubah pengaturan',
    allowed: 'Diizinkan',
    refused: 'Tidak diizinkan',
  },
  categories: {
    necessary: {
      title: 'Sangat diperlukan',
      description: 'Dibutuhkan agar situs berfungsi, misalnya untuk mengingat pilihan cookie Anda. Cookie ini tidak dapat dinonaktifkan.',
    },
    functional: {
      title: 'Fungsional',
      description: 'Mengingat preferensi Anda dan mengaktifkan fitur tambahan seperti obrolan. Jika Anda menolaknya, fitur tersebut mungkin tidak berfungsi.',
    },
    performance: {
      title: 'Kinerja',
      description: 'Menghitung kunjungan dan mengukur cara situs digunakan agar kami dapat memperbaikinya. Jika Anda menolaknya, kunjungan Anda tidak diukur.',
    },
    marketing: {
      title: 'Pemasaran',
      description: 'Mengukur iklan kami dan menampilkan iklan yang relevan bagi Anda di situs lain. Jika Anda menolaknya, Anda tetap melihat iklan, tetapi tidak berdasarkan kunjungan Anda.',
    },
  },
}

export default texts
