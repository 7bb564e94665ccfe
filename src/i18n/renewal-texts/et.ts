import type { RenewalTexts } from '../types'

/** Eesti: the banner's words when it asks again (`i18n/renew/et.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Meie küpsiste põhimõtted on muutunud',
    revisionText: 'Oleme uuendanud oma privaatsuspoliitikat või kasutatavaid küpsiseid. Palun vaadake oma valik üle ja kinnitage see.',
    expiredText: 'Teie varasem küpsiste valik on aegunud. Palun vaadake see üle ja kinnitage uuesti.',
  },
}

export default texts
