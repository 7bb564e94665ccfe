import type { ServiceConfig } from '../config/types'
import type { View } from './props'

/** `^_ga_` → `_ga_*`: a cookie pattern the way a visitor reads it. */
export const patternLabel = (pattern: string): string =>
  pattern.endsWith('$') ? pattern.slice(pattern.startsWith('^') ? 1 : 0, -1) : `${pattern.replace(/^\^/, '')}*`

interface Row {
  name: string
  provider: string
  party: string
  duration: string
  purpose: string
}

/** The consent cookie itself is strictly necessary and belongs in the table too. */
const consentCookieRow = ({ texts, lang, config }: View): Row => {
  let duration = `${config.cookie.expiresDays}`
  try {
    duration = new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(config.cookie.expiresDays)
  } catch {
    // Older runtimes lack unit formatting: the bare number still reads right next to the column title.
  }
  return { name: config.cookie.name, provider: texts.prefs.first, party: texts.prefs.first, duration, purpose: texts.prefs.consentCookie }
}

const rowsOf = (view: View, services: ServiceConfig[]): Row[] =>
  services.flatMap((service) =>
    (service.cookies ?? []).map((cookie) => ({
      name: cookie.name ?? patternLabel(cookie.pattern ?? ''),
      provider: service.provider ? `${service.name} (${service.provider})` : service.name,
      party: service.party === 'first' ? view.texts.prefs.first : service.party === 'third' ? view.texts.prefs.third : '',
      duration: cookie.duration,
      purpose: cookie.purpose ?? service.purpose ?? '',
    })),
  )

/** Every cookie of one category: name, provider, first/third party, duration, purpose. */
export const CookieTable = ({ view, category }: { view: View; category: string }) => {
  const rows = rowsOf(view, view.config.categories[category]?.services ?? [])
  if (category === 'necessary') rows.unshift(consentCookieRow(view))
  if (!rows.length) return null
  const p = view.texts.prefs
  const labels = [p.cookie, p.provider, p.party, p.duration, p.purpose]
  return (
    // Explicit roles: on narrow screens the cells are stacked with CSS, which would otherwise drop the
    // table semantics in Chromium's accessibility tree.
    <table role="table">
      <thead role="rowgroup">
        <tr role="row">
          {labels.map((label) => (
            <th role="columnheader" scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((row) => (
          <tr role="row">
            {[row.name, row.provider, row.party, row.duration, row.purpose].map((cell, i) => (
              <td role="cell" data-label={labels[i]}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
