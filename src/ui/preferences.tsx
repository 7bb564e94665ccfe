import { Category } from './category'
import type { Draft } from './draft'
import { trapTab } from './trap-tab'
import type { View } from './props'
import { RecordInfo } from './record-info'
import { safeUrl } from './safe-url'

export interface PreferencesProps {
  view: View
  draft: Draft
  setCategory: (id: string, on: boolean) => void
  setService: (category: string, id: string, on: boolean) => void
  choose: (action: 'accept-all' | 'reject-all' | 'save') => void
  close: () => void
}

/** Opens the native modal once: the page behind becomes inert and the dialog sits in the top layer. */
const showOnce = (dialog: HTMLDialogElement | null) => {
  if (!dialog || dialog.open) return
  // Browsers without <dialog> (Safari before 15.4) still show it, without the inert backdrop.
  if (typeof dialog.showModal === 'function') dialog.showModal()
  else dialog.setAttribute('open', '')
  dialog.querySelector<HTMLElement>('h2')?.focus()
}

/**
 * The preference center: a modal dialog per the ARIA practices (focus moves in and stays in, Esc closes,
 * the caller returns focus). Closing it records nothing; only the three buttons decide.
 */
export const Preferences = ({ view, draft, setCategory, setService, choose, close }: PreferencesProps) => {
  const { texts, state, config } = view
  const { prefs: p, banner: b } = texts
  const policy = safeUrl(config.privacyPolicyUrl, location.href)
  return (
    <dialog
      ref={showOnce}
      aria-labelledby="cp-title"
      onCancel={(event) => {
        event.preventDefault()
        close()
      }}
      onClose={close}
      onKeyDown={(event) => trapTab(event, event.currentTarget)}
    >
      <div class="head">
        <h2 id="cp-title" tabIndex={-1}>
          {p.title}
        </h2>
        <button type="button" class="x" aria-label={p.close} onClick={close}>
          ×
        </button>
      </div>
      {state.prompt === 'revision' && <p>{b.revisionText}</p>}
      <p>
        {p.intro}
        {policy && (
          <>
            {' '}
            <a href={policy}>{b.policy}</a>
          </>
        )}
      </p>
      {config.categoryIds.map((id) => (
        <Category view={view} id={id} draft={draft} setCategory={setCategory} setService={setService} />
      ))}
      <RecordInfo view={view} />
      <div class="btns">
        <button type="button" class="btn" onClick={() => choose('accept-all')}>
          {b.acceptAll}
        </button>
        <button type="button" class="btn" onClick={() => choose('reject-all')}>
          {b.rejectAll}
        </button>
        <button type="button" class="btn" onClick={() => choose('save')}>
          {p.save}
        </button>
      </div>
    </dialog>
  )
}
