import { isObject } from '../config/object'
import type { ConsentryConfig } from '../config/types'

/**
 * Gathers the config a page gives the embed. Later sources override earlier ones key by key (top level):
 * 1. `<script type="application/json" id="consentry-config">` — the full config, kept out of JS;
 * 2. `window.consentryConfig` — set by code before the tag;
 * 3. `data-endpoint` on the Consentry `<script>` tag itself.
 */
export const readConfig = (script: HTMLScriptElement | null, report: (message: string) => void): ConsentryConfig => {
  let fromJson: unknown
  const block = document.getElementById('consentry-config')
  if (block) {
    try {
      fromJson = JSON.parse(block.textContent || '{}')
    } catch (error) {
      report(`consentry: #consentry-config is not valid JSON (${(error as Error).message}); using the rest of the config`)
    }
  }
  const fromWindow = (window as { consentryConfig?: unknown }).consentryConfig
  const merged: Record<string, unknown> = {}
  for (const source of [fromJson, fromWindow]) {
    if (source === undefined) continue
    if (!isObject(source)) report('consentry: the config must be an object (ignored one that is not)')
    else Object.assign(merged, source)
  }
  const endpoint = script?.getAttribute('data-endpoint')
  if (endpoint) merged.endpoint = endpoint
  return merged
}
