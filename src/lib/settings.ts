import { useSyncExternalStore } from 'react'

// A tiny store for device-local preferences in localStorage, shared across components and tabs.

const PREFIX = 'marquee.setting.'
const listeners = new Set<() => void>()

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    // Storage can be blocked (privacy modes); settings then live only for this page.
    return null
  }
}

const memory = new Map<string, string | null>()

/** The stored string for a setting, or null when the user never chose. */
export function readSetting(key: string): string | null {
  const store = storage()
  if (!store) return memory.get(key) ?? null
  return store.getItem(PREFIX + key)
}

/** Stores (or, with null, forgets) a setting and tells every subscriber. */
export function writeSetting(key: string, value: string | null): void {
  const store = storage()
  if (!store) memory.set(key, value)
  else if (value === null) store.removeItem(PREFIX + key)
  else store.setItem(PREFIX + key, value)
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** A setting's stored string (React hook); re-renders when it changes here or in another tab. */
export function useSetting(key: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => readSetting(key),
    () => null,
  )
}
