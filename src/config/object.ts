/** A plain object (not `null`, not an array): the shape every config section must have. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** `v` when it is a plain object, `{}` otherwise: unvalidated config sections fall back to their defaults. */
export const objectOr = (v: unknown): Record<string, any> => (isObject(v) ? v : {})
