import { runConsentMode } from '../consent-mode/consent-mode'
import { type Consentry, createEngine } from '../core/engine'
import { startGate } from '../gate/gate'
import { startEmbedReceipts } from '../receipts/embed-receipts'
import { loadUiWhenNeeded } from '../ui/loader'
import { baseUrlOf, loadChunk, loadChunkOrReport } from './chunks'
import { listenForOpenLinks } from './footer-link'
import { type QueuedCall, runQueued } from './queue'
import { readConfig } from './read-config'

type Global = Window & { consentry?: Consentry | QueuedCall[] }

/**
 * Starts the embed: reads the config, creates the engine, replays calls queued before the script loaded,
 * and leaves `window.consentry` as the instance (its `push` keeps working for late queue users).
 * Nothing here throws: a broken config is reported with `console.error` and the page goes on.
 */
export const boot = (): Consentry => {
  const global = window as Global
  const script = document.currentScript as HTMLScriptElement | null
  const report = (message: string) => console.error(message)
  const config = readConfig(script, report)
  const consentry = createEngine(config)
  const base = baseUrlOf(script, consentry.config.baseUrl)
  // Validation ships in its own chunk: a visitor who already chose never downloads it. Whoever sees a
  // banner (every first visit, so every site owner testing the page) or runs with `debug` gets the report.
  if (consentry.config.debug || !consentry.get().decided) {
    loadChunkOrReport<typeof import('./validate-chunk')>(base, 'consentry-validate.js', report).then((chunk) => chunk && chunk.validateConfig(config).errors.forEach(report))
  }
  const queued = Array.isArray(global.consentry) ? global.consentry : []
  global.consentry = Object.assign(consentry, { push: (call: QueuedCall) => runQueued(consentry, call) })
  listenForOpenLinks(consentry)
  // Features plug in here, before queued calls run, so that their listeners see every change.
  // Consent Mode and the gate first and synchronously: no page script may queue a Google command or
  // insert a tag before them.
  // The texts explaining a misplaced Google tag load only on a page that has one.
  runConsentMode(consentry, window, (kind, name) =>
    loadChunkOrReport<typeof import('../consent-mode/placement')>(base, 'consentry-placement.js', report).then((chunk) => chunk && chunk.reportMisplacement(kind, name)),
  )
  const gate = startGate(consentry, {
    placeholders: () => loadChunk(base, 'consentry-placeholder.js'),
    leakWatcher: () => loadChunkOrReport(base, 'consentry-leak-watcher.js', report),
  })
  Object.assign(consentry, { leaks: gate.leaks })
  loadUiWhenNeeded(consentry, base, script?.nonce || undefined, report)
  startEmbedReceipts(consentry, base, report)
  for (const call of queued) runQueued(consentry, call)
  return consentry
}
