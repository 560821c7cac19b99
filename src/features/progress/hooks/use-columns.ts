import { useSyncExternalStore } from 'react'

const QUERIES = ['(min-width: 768px)'] as const

const columnsNow = () => {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 1
  return window.matchMedia(QUERIES[0]).matches ? 2 : 1
}

const subscribe = (listener: () => void) => {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {}
  const lists = QUERIES.map((q) => window.matchMedia(q))
  lists.forEach((list) => list.addEventListener('change', listener))
  return () => lists.forEach((list) => list.removeEventListener('change', listener))
}

/** Cards per row: one on phones, two from Tailwind's `md` (a card needs about 500 px); follows resizes. */
export function useColumns(): number {
  return useSyncExternalStore(subscribe, columnsNow, columnsNow)
}
