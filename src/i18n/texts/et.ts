import type { BannerTexts } from '../types'

/** Eesti */
const texts: BannerTexts = {
  banner: {
    title: 'Kasutame küpsiseid',
    text: 'Kasutame selle veebisaidi toimimiseks hädavajalikke küpsiseid. Teie nõusolekul kasutame küpsiseid ka teie eelistuste meelespidamiseks, külastuste mõõtmiseks ja turunduseks. Saate oma valikut igal ajal muuta jaotises „Küpsiste seaded“.',
    revisionTitle: 'Meie küpsiste põhimõtted on muutunud',
    revisionText: 'Oleme uuendanud oma privaatsuspoliitikat või kasutatavaid küpsiseid. Palun vaadake oma valik üle ja kinnitage see.',
    expiredText: 'Teie varasem küpsiste valik on aegunud. Palun vaadake see üle ja kinnitage uuesti.',
    policy: 'Privaatsuspoliitika',
    acceptAll: 'Nõustu kõigiga',
    rejectAll: 'Keeldu kõigist',
    customize: 'Kohanda',
    close: 'Sulge valikut tegemata',
  },
}

export default texts
