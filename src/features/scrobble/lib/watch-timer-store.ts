import { useSyncExternalStore } from 'react'
import { isDemoMode } from '@/lib/demo'
import { parseTimer, type WatchTimer } from './watch-timer'

// The one watch timer of this browser, in localStorage: a reload picks it up where it was, and every tab shows the
// same one (the `storage` event tells the others). Trakt watches one thing at a time, and so does the timer.

// The demo's sandbox account keeps its own, as it keeps its own session.
const storageKey = () => (isDemoMode() ? 'marquee.demo.watch-timer' : 'marquee.watch-timer')

const listeners = new Set<() => void>()
let memory: string | null = null
let cached: { raw: string | null; timer: WatchTimer | null } = { raw: null, timer: null }

function readRaw(): string | null {
  try {
    return localStorage.getItem(storageKey())
  } catch {
    // Storage blocked (privacy modes): the timer then lives as long as the page.
    return memory
  }
}

/** The stored timer (the same object until it changes, as `useSyncExternalStore` needs). */
export function readTimer(): WatchTimer | null {
  const raw = readRaw()
  if (raw !== cached.raw) cached = { raw, timer: parseTimer(raw) }
  return cached.timer
}

/** Stores the timer (or, with null, forgets it) and tells this tab's subscribers; other tabs hear `storage`. */
export function writeTimer(timer: WatchTimer | null): void {
  const raw = timer === null ? null : JSON.stringify(timer)
  try {
    if (raw === null) localStorage.removeItem(storageKey())
    else localStorage.setItem(storageKey(), raw)
  } catch {
    memory = raw
  }
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === storageKey()) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** The watch timer of `owner` (React hook), following writes here and in other tabs; null when there is none. */
export function useWatchTimer(owner: string): WatchTimer | null {
  const timer = useSyncExternalStore(subscribe, readTimer, () => null)
  return timer && timer.owner === owner ? timer : null
}
