import { CookieTable } from './cookie-table'
import { type View, categoryTexts } from './props'
import { RecordInfo } from './record-info'

/**
 * The cookie declaration for the privacy policy page, rendered from the same config as the banner so the
 * two never drift apart: every category with its cookies and the visitor's current choice.
 */
export const Declaration = ({ view, open }: { view: View; open: () => void }) => {
  const { texts, state, config } = view
  return (
    <div class="decl">
      {config.categoryIds.map((id) => {
        const { title, description } = categoryTexts(texts, id)
        const status = id === 'necessary' ? texts.prefs.alwaysOn : state.choices[id] ? texts.declaration.allowed : texts.declaration.refused
        return (
          <section class="cat" aria-labelledby={`d-${id}`}>
            <div class="row">
              <h3 id={`d-${id}`}>{title}</h3>
              <strong data-status={id}>{status}</strong>
            </div>
            {description && <p>{description}</p>}
            <CookieTable view={view} category={id} />
          </section>
        )
      })}
      <RecordInfo view={view} />
      <div class="btns">
        <button type="button" class="btn" onClick={open}>
          {texts.declaration.change}
        </button>
      </div>
    </div>
  )
}
