// Type-level tests of the public API: `npm run typecheck` fails if the contract widens or narrows.
import { type ConsentState, type Consentry, createConsentry } from './index'

declare const consentry: Consentry
const state: ConsentState = consentry.get()
state.choices.necessary satisfies boolean
consentry.set({ performance: true }, { services: { ga: false }, surface: 'preferences', action: 'save' })
consentry.on('change', ({ event, granted }) => [event, granted])
const off: () => void = consentry.on('open', () => {})
off()
// @ts-expect-error choices are booleans
consentry.set({ performance: 'yes' })
// @ts-expect-error surfaces are a closed set
consentry.acceptAll({ surface: 'popup' })
// @ts-expect-error only known events
consentry.on('accept', () => {})
// @ts-expect-error unknown config keys are type errors for TypeScript users
createConsentry({ endpiont: '/v1/receipts' })
// @ts-expect-error cookie.sameSite is a closed set
createConsentry({ cookie: { sameSite: 'lax' } })
