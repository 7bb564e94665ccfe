import type { Owner } from './patterns'

/** A request to a host that a service claims, made while that service was not allowed. */
export interface Leak extends Owner {
  url: string
  /** Milliseconds since the page started (`performance.now()` time). */
  at: number
}

/**
 * Remembers when each service (or category without services) was allowed, as the `performance.now()`
 * times its allowance switched, alternately on and off, so a request can be judged by the moment it started.
 */
export const allowanceLog = () => {
  const switches = new Map<string, number[]>()
  const keyOf = (owner: Owner) => owner.service ?? owner.category
  // An odd number of switches (up to a moment) means on.
  const isOn = (times: number[]) => times.length % 2 > 0
  const timesOf = (owner: Owner) => switches.get(keyOf(owner)) ?? []
  return {
    /** Records that `owner` is (`true`) or is not (`false`) allowed from time `at` on. */
    mark(owner: Owner, allowed: boolean, at: number): void {
      const times = timesOf(owner)
      if (allowed !== isOn(times)) switches.set(keyOf(owner), [...times, at])
    },
    allowedAt(owner: Owner, at: number): boolean {
      return isOn(timesOf(owner).filter((time) => time <= at))
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
