import { el } from './dom'
import type { UiTexts } from '../i18n/types'
import type { View } from './props'
import { safeUrl } from './safe-url'

export type Layout = 'bar' | 'box' | 'modal'
export type BannerAction = 'accept-all' | 'reject-all'

export interface BannerProps {
  view: Pick<View, 'config' | 'state'> & { texts: Pick<UiTexts, 'banner'> }
  layout: Layout
  choose: (action: BannerAction) => void
  customize: () => void
  dismiss: () => void
}

/**
 * The first layer, built with plain DOM so that a first visit does not download preact. It never takes
 * focus (the visitor may be reading or typing); Accept, Reject and Customize look the same; × and Esc
 * close it without recording anything. Returns the nodes to insert: the banner, after a dim layer for
 * the `modal` layout.
 */
export const createBanner = ({ view, layout, choose, customize, dismiss }: BannerProps): HTMLElement[] => {
  const { texts, state, config } = view
  const b = texts.banner
  const changed = state.prompt === 'revision'
  const text = (changed ? b.revisionText : state.prompt === 'expired' ? b.expiredText : b.text) || b.text
  const policy = safeUrl(config.privacyPolicyUrl, location.href)
  const button = (label: string, onClick: () => void) => el('button', { type: 'button', class: 'btn', click: onClick }, label)
  const banner = el(
    'section',
    { class: `banner ${layout}`, 'aria-labelledby': 'cb-title', keydown: (event) => (event as KeyboardEvent).key === 'Escape' && dismiss() },
    el('div', { class: 'head' }, el('h2', { id: 'cb-title' }, (changed && b.revisionTitle) || b.title), el('button', { type: 'button', class: 'x', 'aria-label': b.close, click: dismiss }, '×')),
    el('p', {}, text, policy && ' ', policy && el('a', { href: policy }, b.policy)),
    el('div', { class: 'btns' }, button(b.acceptAll, () => choose('accept-all')), button(b.rejectAll, () => choose('reject-all')), button(b.customize, customize)),
  )
  return layout === 'modal' ? [el('div', { class: 'scrim' }), banner] : [banner]
}
