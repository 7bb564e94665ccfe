import type { View } from './props'
import { safeUrl } from './safe-url'

export type Layout = 'bar' | 'box' | 'modal'
export type Choose = (action: 'accept-all' | 'reject-all') => void

export interface BannerProps {
  view: View
  layout: Layout
  choose: Choose
  customize: () => void
  dismiss: () => void
  /** Receives the banner element while a bar or box is shown (see reserve-space.ts). */
  reserve?: (banner: HTMLElement | null) => void
}

/**
 * The first layer. It never takes focus (the visitor may be reading or typing); Accept, Reject and
 * Customize look the same; × and Esc close it without recording anything.
 */
export const Banner = ({ view, layout, choose, customize, dismiss, reserve }: BannerProps) => {
  const { texts, state, config } = view
  const b = texts.banner
  const changed = state.prompt === 'revision'
  const text = changed ? b.revisionText : state.prompt === 'expired' ? b.expiredText : b.text
  const policy = safeUrl(config.privacyPolicyUrl, location.href)
  return (
    <>
      {layout === 'modal' && <div class="scrim" />}
      <section
        class={`banner ${layout}`}
        ref={layout === 'modal' ? undefined : reserve}
        aria-labelledby="cb-title"
        onKeyDown={(event) => event.key === 'Escape' && dismiss()}
      >
        <div class="head">
          <h2 id="cb-title">{changed ? b.revisionTitle : b.title}</h2>
          <button type="button" class="x" aria-label={b.close} onClick={dismiss}>
            ×
          </button>
        </div>
        <p>
          {text}
          {policy && (
            <>
              {' '}
              <a href={policy}>{b.policy}</a>
            </>
          )}
        </p>
        <div class="btns">
          <button type="button" class="btn" onClick={() => choose('accept-all')}>
            {b.acceptAll}
          </button>
          <button type="button" class="btn" onClick={() => choose('reject-all')}>
            {b.rejectAll}
          </button>
          <button type="button" class="btn" onClick={customize}>
            {b.customize}
          </button>
        </div>
      </section>
    </>
  )
}
