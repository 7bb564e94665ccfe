import type { Consentry } from '../core/engine'
import { loadChunkOrReport } from '../embed/chunks'
import { captureReceipts } from './capture'
import { createOutbox } from './outbox'
import type { Sender } from './sender'

/**
 * Receipts in the embed. The embed itself only captures each change into the durable outbox, at once,
 * so a visitor who leaves right after the click loses nothing; `consentry-receipts.js` hashes and sends.
 * The chunk loads when there is something to send (a change, or receipts left by an earlier page) and,
 * ahead of the click, while the visitor is undecided, so the first receipt can leave before the page does.
 * No endpoint: nothing is loaded, stored or sent.
 */
export const startEmbedReceipts = (consentry: Consentry, base: string, report: (message: string) => void): void => {
  const { endpoint } = consentry.config
  if (!endpoint) return
  const outbox = createOutbox()
  let sender: Promise<Sender | void> | undefined
  const start = () =>
    // When the chunk cannot load, receipts wait in the outbox for the next page.
    (sender ??= loadChunkOrReport<typeof import('./chunk')>(base, 'consentry-receipts.js', report).then((chunk) => chunk && chunk.startSender({ endpoint, outbox })))
  captureReceipts(consentry, outbox, () => start().then((started) => started && started.flush()))
  if (!consentry.get().decided || outbox.items().length) start()
}
