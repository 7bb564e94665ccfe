/** Retry delays: doubling from `base`, capped at `cap`, each drawn in [half, full] ("equal jitter"). */
export interface BackoffOptions {
  /** Milliseconds before the first retry (default 2 s). */
  base?: number
  /** Longest wait in milliseconds (default 10 min). */
  cap?: number
  /** A number in [0, 1) (default `Math.random`); jitter keeps a recovering collector from a stampede. */
  random?: () => number
}

/** The delay before retry number `failures` (1 after the first failure). */
export const backoffDelay = (failures: number, { base = 2000, cap = 600_000, random = Math.random }: BackoffOptions = {}): number => {
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, failures - 1))
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}
