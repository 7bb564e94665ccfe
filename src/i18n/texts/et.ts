import type { FirstLayerTexts } from '../types'

/** Eesti */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Kasutame küpsiseid',
    text: 'Kasutame selle veebisaidi toimimiseks hädavajalikke küpsiseid. Teie nõusolekul kasutame küpsiseid ka teie eelistuste meelespidamiseks, külastuste mõõtmiseks ja turunduseks. Saate oma valikut igal ajal muuta jaotises „Küpsiste seaded“.',
    policy: 'Privaatsuspoliitika',
    acceptAll: 'Nõustu kõigiga',
    rejectAll: 'Keeldu kõigist',
    customize: 'Kohanda',
    close: 'Sulge valikut tegemata',
  },
}

export default texts
