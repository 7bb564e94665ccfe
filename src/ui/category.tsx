import { CookieTable } from './cookie-table'
import type { Draft } from './draft'
import { type View, categoryTexts } from './props'

export interface CategoryProps {
  view: View
  id: string
  draft: Draft
  setCategory: (id: string, on: boolean) => void
  setService: (category: string, id: string, on: boolean) => void
}

/** One category in the preference center: title, purpose, switch, and its services and cookies. */
export const Category = ({ view, id, draft, setCategory, setService }: CategoryProps) => {
  const { title, description } = categoryTexts(view.texts, id)
  const p = view.texts.prefs
  const necessary = id === 'necessary'
  const services = view.config.categories[id]?.services ?? []
  const heading = `c-${id}`
  return (
    <section class="cat" aria-labelledby={heading}>
      <div class="row">
        <h3 id={heading}>{title}</h3>
        <span class="on">
          {necessary && <span>{p.alwaysOn}</span>}
          <input
            type="checkbox"
            role="switch"
            class="sw"
            aria-labelledby={heading}
            checked={necessary || !!draft.choices[id]}
            disabled={necessary}
            onChange={(event) => setCategory(id, event.currentTarget.checked)}
          />
        </span>
      </div>
      {description && <p>{description}</p>}
      {(services.length > 0 || necessary) && (
        <details>
          <summary>{p.details}</summary>
          {!necessary &&
            services.map((service) => (
              <label class="svc">
                <input
                  type="checkbox"
                  role="switch"
                  class="sw"
                  checked={!!draft.services[service.id]}
                  onChange={(event) => setService(id, service.id, event.currentTarget.checked)}
                />
                <span>
                  {service.name}
                  {service.purpose && <span class="muted"> — {service.purpose}</span>}
                </span>
              </label>
            ))}
          <CookieTable view={view} category={id} />
        </details>
      )}
    </section>
  )
}
