// Lazy chunk `consentry-ui.js`: the first layer. It gets the engine from the embed and never bundles one.
import type { Consentry } from '../core/engine'
import type { FirstLayerTexts, PanelTexts, RenewalTexts } from '../i18n/types'
import { type Ui, type UiOptions, mountUi } from './mount'

/**
 * `mountUi` with the banner's texts of built-in language `code` (and its words for asking again, when it
 * does), the embed having fetched both. The panels' texts of that language are fetched from next to this
 * chunk only together with the panels: a first visit that stays on the banner never downloads them.
 */
export const mountEmbedUi = (consentry: Consentry, texts: FirstLayerTexts, renewal: RenewalTexts | undefined, options: UiOptions, code: string): Ui =>
  mountUi(consentry, { banner: { ...texts.banner, ...renewal?.banner } }, {
    ...options,
    // Relative to this chunk's own URL, where the languages live too.
    panelTexts: () => import(`./i18n/panel/${code}.js`).then((module: { default: PanelTexts }) => module.default),
  })
