// Type-level tests of `consentry/collector`: `npm run typecheck` fails if the contract widens or narrows.
import {
  type Checkpoint,
  type CollectorHandler,
  type ConsentReceipt,
  createCollectorHandler,
  createCollectorServer,
  exportConsent,
  purgeExpired,
  type Store,
  validateReceipt,
  verifyChain,
} from './index'

declare const store: Store
const handler: CollectorHandler = createCollectorHandler({ store, origins: ['https://shop.example'], adminToken: 't', rateLimit: { perMinute: 60 } })
handler(new Request('https://collector.example/v1/receipts'), { ip: '192.0.2.1' }) satisfies Promise<Response>
createCollectorServer({ store, trustProxy: true })
createCollectorServer(handler, { trustProxy: true })

const result = validateReceipt({})
if (result.ok) result.receipt.choices.necessary satisfies true
else result.error satisfies string

verifyChain(store.sql, { publicKey: '-----BEGIN PUBLIC KEY-----…', checkpoints: [] as Checkpoint[] }).then((report) => report.error?.seq satisfies number | undefined)

// @ts-expect-error rate limiting is options or false, not true
createCollectorHandler({ store, rateLimit: true })
// @ts-expect-error origins are strings
createCollectorHandler({ store, origins: [1] })
// @ts-expect-error export formats are a closed set
exportConsent(store.sql, 'id', 'xml')
// @ts-expect-error shorter retention is a boolean opt-in, not a string
purgeExpired(store.sql, { allowShortRetention: 'yes' })
// @ts-expect-error receipt events are the schema's enum
const wrongEvent: ConsentReceipt['event'] = 'accept'
void wrongEvent
