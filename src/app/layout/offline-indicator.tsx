import { useSyncExternalStore } from 'react'
import { OfflineIcon } from '@/components/ui/icons'

function subscribe(listener: () => void) {
  window.addEventListener('online', listener)
  window.addEventListener('offline', listener)
  return () => {
    window.removeEventListener('online', listener)
    window.removeEventListener('offline', listener)
  }
}

const getOnline = () => navigator.onLine
const getServerOnline = () => true

/** Whether the browser thinks it is online (React hook). */
export function useIsOnline(): boolean {
  return useSyncExternalStore(subscribe, getOnline, getServerOnline)
}

/** A quiet banner while the browser is offline. */
export function OfflineIndicator() {
  const isOnline = useIsOnline()
  return (
    <div role="status" className="empty:hidden">
      {isOnline ? null : (
        <p className="flex items-center justify-center gap-2 bg-raised px-4 py-1.5 text-center text-sm text-fg">
          <OfflineIcon className="size-4 shrink-0 text-muted" />
          You are offline. Marquee shows what it already loaded and catches up when you are back.
        </p>
      )}
    </div>
  )
}
