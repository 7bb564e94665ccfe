import type { BannerTexts } from '../types'

/** Malti */
const texts: BannerTexts = {
  banner: {
    title: 'Nużaw il-cookies',
    text: 'Nużaw cookies strettament meħtieġa biex dan is-sit jaħdem. Bil-kunsens tiegħek, nużaw ukoll cookies biex niftakru l-preferenzi tiegħek, biex inkejlu ż-żjarat u għall-marketing. Tista’ tibdel l-għażla tiegħek meta trid taħt “Settings tal-cookies”.',
    revisionTitle: 'Il-politika tagħna dwar il-cookies inbidlet',
    revisionText: 'Aġġornajna l-politika tal-privatezza tagħna jew il-cookies li nużaw. Jekk jogħġbok irrevedi l-għażla tiegħek u kkonfermaha.',
    expiredText: 'L-għażla li għamilt qabel dwar il-cookies skadiet. Jekk jogħġbok irrevediha u kkonfermaha mill-ġdid.',
    policy: 'Politika tal-privatezza',
    acceptAll: 'Aċċetta kollox',
    rejectAll: 'Irrifjuta kollox',
    customize: 'Ippersonalizza',
    close: 'Agħlaq mingħajr ma tagħżel',
  },
}

export default texts
