// Lazy chunk: the full config validator, kept out of the returning visitor's download.
export { validateConfig } from '../config/validate'
