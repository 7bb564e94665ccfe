/** A plain object (not `null`, not an array): the shape every config section must have. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** `v` when it is a plain object, `{}` otherwise: unvalidated config sections fall back to their defaults. */
export const objectOr = (v: unknown): Record<string, any> => (isObject(v) ? v : {})

/** The items of `value` that `keep` accepts; `[]` when it is not an array (unvalidated config lists). */
export const listOf = <T>(value: unknown, keep: (item: any) => boolean): T[] => (Array.isArray(value) ? value.filter(keep) : [])

/** The strings of a list, `[]` when it is not one. */
export const stringsOf = (value: unknown): string[] => listOf<string>(value, (item) => typeof item === 'string')
