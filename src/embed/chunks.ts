/**
 * Lazily loaded parts of the embed (validation, UI, languages, receipts, iframe placeholders, the
 * misplaced-Google-tag texts, the debug leak watcher) are ES modules next to `consentry.js`.
 * `import()` works from classic scripts in every browser that runs this code, and needs no inline script,
 * so it passes a strict CSP that allows the embed's own origin.
 */
export const baseUrlOf = (script: HTMLScriptElement | null, configured?: string): string =>
  new URL(configured ?? (script?.src ? '.' : '/'), script?.src || location.href).href

export const loadChunk = <T>(base: string, name: string): Promise<T> => import(/* @vite-ignore */ new URL(name, base).href)

/** `loadChunk`, but a failure is reported (naming the chunk and where it was looked for) and resolves to nothing. */
export const loadChunkOrReport = <T>(base: string, name: string, report: (message: string) => void): Promise<T | void> =>
  loadChunk<T>(base, name).catch((error) => report(`consentry: could not load ${name} from ${base} (${error})`))
