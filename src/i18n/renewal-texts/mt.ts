import type { RenewalTexts } from '../types'

/** Malti: the banner's words when it asks again (`i18n/renew/mt.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'Il-politika tagħna dwar il-cookies inbidlet',
    revisionText: 'Aġġornajna l-politika tal-privatezza tagħna jew il-cookies li nużaw. Jekk jogħġbok irrevedi l-għażla tiegħek u kkonfermaha.',
    expiredText: 'L-għażla li għamilt qabel dwar il-cookies skadiet. Jekk jogħġbok irrevediha u kkonfermaha mill-ġdid.',
  },
}

export default texts
