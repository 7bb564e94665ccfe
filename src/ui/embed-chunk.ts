// Lazy chunk `consentry-ui.js`: preact and the UI. It gets the engine from the embed and never bundles one.
export { mountUi } from './mount'
