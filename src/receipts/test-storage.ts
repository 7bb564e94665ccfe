// Test helper: real Web Storage from jsdom (which ships no type declarations, hence the typed require).
import { createRequire } from 'node:module'

const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string, options?: { url: string }) => { window: Window } }

/** The `localStorage` of a fresh page on https://shop.example (5 MB quota, like browsers). */
export const pageStorage = (): Storage => new JSDOM('', { url: 'https://shop.example/' }).window.localStorage

/** A window whose `localStorage` getter throws, as in sandboxed frames and opaque origins. */
export const opaqueWindow = (): Window => new JSDOM('').window
