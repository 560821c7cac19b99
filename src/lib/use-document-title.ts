import { useEffect, useSyncExternalStore } from 'react'

const APP_NAME = 'Marquee'

/** "Discover · Marquee", or just "Marquee". */
export function formatDocumentTitle(title?: string | null): string {
  return title ? `${title} · ${APP_NAME}` : APP_NAME
}

// Pages that know a better title than their route (a movie's name) push it here; the shell shows the newest.
type Entry = { id: number; title: string }
let entries: readonly Entry[] = []
let nextId = 1
const listeners = new Set<() => void>()

function emit(next: readonly Entry[]) {
  entries = next
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function getOverride(): string | null {
  return entries.at(-1)?.title ?? null
}

/** Sets the page title ("Dune: Part Two · Marquee") while the calling component is mounted; `undefined` keeps the route's title. */
export function useDocumentTitle(title: string | undefined | null): void {
  useEffect(() => {
    if (!title) return
    const id = nextId++
    emit([...entries, { id, title }])
    return () => emit(entries.filter((entry) => entry.id !== id))
  }, [title])
}

/** The title a page asked for with `useDocumentTitle`, or null (used by the app shell). */
export function useDocumentTitleOverride(): string | null {
  return useSyncExternalStore(subscribe, getOverride, getOverride)
}
