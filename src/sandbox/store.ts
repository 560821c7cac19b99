import type { SandboxDb } from './db/types'

/** Holds the database, lets the demo persist it after writes, and carries the sandbox's own clock. */
export type SandboxStore = {
  db: SandboxDb
  /** The sandbox's "now" (tests can pin it). */
  now: () => Date
  /** Call after every write so the demo can persist the state. */
  changed: () => void
  /** Replace the data (reset or load from IndexedDB). */
  replace: (db: SandboxDb) => void
  subscribe: (listener: (db: SandboxDb) => void) => () => void
  /** Next unique id for new records (history ids, comment ids, list ids ...). */
  nextId: () => number
  /** Saves the state now (the demo, before a full-page navigation); a no-op where nothing persists. */
  persist: () => Promise<void>
}

export function createStore(db: SandboxDb, now: () => Date = () => new Date()): SandboxStore {
  const listeners = new Set<(db: SandboxDb) => void>()
  const store: SandboxStore = {
    db,
    now,
    changed: () => listeners.forEach((listener) => listener(store.db)),
    replace: (next) => {
      store.db = next
      store.changed()
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    nextId: () => {
      store.db.nextId += 1
      return store.db.nextId
    },
    persist: () => Promise.resolve(),
  }
  return store
}
