import { useSyncExternalStore } from 'react'
import { isWideNow, WIDE_QUERY } from './calendar-state'

const subscribe = (listener: () => void) => {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {}
  const query = window.matchMedia(WIDE_QUERY)
  query.addEventListener('change', listener)
  return () => query.removeEventListener('change', listener)
}

/** Whether the window is wide (Tailwind's `md`), following resizes and rotation. */
export function useIsWide(): boolean {
  return useSyncExternalStore(subscribe, isWideNow, isWideNow)
}
