import type { Consentry } from '../core/engine'

/**
 * A call made before the embed loaded: `['set', { performance: true }]`, `['on', 'change', fn]`, or a
 * function that receives the instance.
 */
export type QueuedCall = [method: string, ...args: unknown[]] | ((consentry: Consentry) => void)

/** Runs one queued call; a broken one is reported and skipped, never fatal. */
export const runQueued = (consentry: Consentry, call: QueuedCall): void => {
  try {
    if (typeof call === 'function') return call(consentry)
    const [method, ...args] = call
    const fn = (consentry as unknown as Record<string, unknown>)[method]
    if (typeof fn !== 'function') throw new Error(`unknown method "${method}"`)
    fn(...args)
  } catch (error) {
    console.error(`consentry: a queued call failed (${(error as Error).message ?? error})`)
  }
}
