import type { FirstLayerTexts } from '../types'

/** Malti */
const texts: FirstLayerTexts = {
  banner: {
    title: 'Nużaw il-cookies',
    text: 'Nużaw cookies strettament meħtieġa biex dan is-sit jaħdem. Bil-kunsens tiegħek, nużaw ukoll cookies biex niftakru l-preferenzi tiegħek, biex inkejlu ż-żjarat u għall-marketing. Tista’ tibdel l-għażla tiegħek meta trid taħt “Settings tal-cookies”.',
    policy: 'Politika tal-privatezza',
    acceptAll: 'Aċċetta kollox',
    rejectAll: 'Irrifjuta kollox',
    customize: 'Ippersonalizza',
    close: 'Agħlaq mingħajr ma tagħżel',
  },
}

export default texts
