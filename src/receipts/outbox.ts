import type { OutboxItem } from './types'

/** The part of the Web Storage API the outbox uses (`localStorage`, or any engine with these calls). */
export type OutboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/**
 * Unsent receipts, oldest first. Every call re-reads storage, so tabs of the same site never overwrite
 * each other's receipts with a stale copy.
 */
export interface Outbox {
  items(): OutboxItem[]
  /** Adds an item, or replaces the one with the same receipt ID in place. */
  put(item: OutboxItem): void
  remove(id: string): void
}

const KEY = 'consentry-outbox'
/** Far more changes than a visitor makes offline; it keeps a broken collector from filling the quota. */
const MAX_ITEMS = 100

/**
 * The durable outbox in `localStorage`. Storage may throw (private mode, disabled, quota, sandboxed
 * frames): from the first failure on, this page keeps the receipts in memory, so they are still sent
 * while the page is open. The storage is read at call time, never at import.
 */
export const createOutbox = (
  storage: () => OutboxStorage = () => localStorage,
  report: (message: string) => void = console.error,
): Outbox => {
  let memory: OutboxItem[] | undefined
  const read = (): OutboxItem[] => {
    if (memory) return memory
    let raw: string | null
    try {
      raw = storage().getItem(KEY)
    } catch {
      return (memory = [])
    }
    try {
      const list = JSON.parse(raw || '[]')
      return Array.isArray(list) ? list.filter((item) => typeof item?.id == 'string') : []
    } catch {
      // A corrupt value is replaced by the next write; it must not stop new receipts.
      return []
    }
  }
  const write = (list: OutboxItem[]) => {
    if (memory) return void (memory = list)
    try {
      if (list.length) storage().setItem(KEY, JSON.stringify(list))
      else storage().removeItem(KEY)
    } catch {
      memory = list
    }
  }
  return {
    // The list is never changed in place (put copies, remove filters), so handing it out is safe.
    items: read,
    put: (item) => {
      const list = read().slice()
      const index = list.findIndex((other) => other.id == item.id)
      if (index < 0) list.push(item)
      else list[index] = item
      for (const dropped of list.splice(0, list.length - MAX_ITEMS)) report(`consentry: receipt outbox full, dropped ${dropped.id}`)
      write(list)
    },
    remove: (id) => write(read().filter((item) => item.id != id)),
  }
}
