import type { Owner } from './patterns'

/** A request to a host that a service claims, made while that service was not allowed. */
export interface Leak extends Owner {
  url: string
  /** Milliseconds since the page started (`performance.now()` time). */
  at: number
}

/**
 * Remembers when each service (or category without services) was allowed, as intervals of
 * `performance.now()` time, so a request can be judged by the moment it started.
 */
export const allowanceLog = () => {
  const intervals = new Map<string, [start: number, end: number][]>()
  const keyOf = (owner: Owner) => owner.service ?? owner.category
  return {
    /** Records that `owner` is (`true`) or is not (`false`) allowed from time `at` on. */
    mark(owner: Owner, allowed: boolean, at: number): void {
      const list = intervals.get(keyOf(owner)) ?? []
      const open = list.length > 0 && list[list.length - 1][1] === Infinity
      if (allowed && !open) list.push([at, Infinity])
      if (!allowed && open) list[list.length - 1][1] = at
      intervals.set(keyOf(owner), list)
    },
    allowedAt(owner: Owner, at: number): boolean {
      return (intervals.get(keyOf(owner)) ?? []).some(([start, end]) => at >= start && at < end)
    },
  }
}

/** The resource entries that went to a claimed host while its owner was not allowed. */
export const findLeaks = (
  entries: Pick<PerformanceResourceTiming, 'name' | 'startTime'>[],
  ownerOf: (url: string) => Owner | undefined,
  allowedAt: (owner: Owner, at: number) => boolean,
): Leak[] =>
  entries.flatMap(({ name, startTime }) => {
    const owner = ownerOf(name)
    return owner && !allowedAt(owner, startTime) ? [{ ...owner, url: name, at: Math.round(startTime) }] : []
  })
