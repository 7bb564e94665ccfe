import { type View, formatDate } from './props'

/** The visitor's consent ID and date of choice (so they can cite them), and the GPC state when honoured. */
export const RecordInfo = ({ view }: { view: View }) => {
  const { texts, state, lang } = view
  const p = texts.prefs
  return (
    <>
      <dl>
        <dt>{p.consentId}</dt>
        <dd>{state.consentId ?? p.notYet}</dd>
        <dt>{p.date}</dt>
        <dd>{state.updatedAt ? formatDate(state.updatedAt, lang) : p.notYet}</dd>
      </dl>
      {state.gpc && <p class="muted gpc">{p.gpc}</p>}
    </>
  )
}
