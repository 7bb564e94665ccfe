declare const __CONSENTRY_VERSION__: string | undefined

/** `consentry@<version>` for receipts; the build replaces the constant with package.json's version. */
export const SDK = `consentry@${typeof __CONSENTRY_VERSION__ == 'string' ? __CONSENTRY_VERSION__ : 'dev'}`
