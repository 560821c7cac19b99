import { useEffect, useState, useSyncExternalStore } from 'react'
import { ClockIcon } from '@/components/ui/icons'
import { traktScheduler } from '@/lib/trakt/trakt'
import type { Scheduler } from '@/lib/trakt/scheduler'

type RateLimitStatusProps = {
  /** Injected in tests; the app's scheduler by default. */
  scheduler?: Pick<Scheduler, 'status' | 'subscribe'>
}

/** "Trakt asked us to slow down, resuming in 12 s" while the scheduler sits out a 429. */
export function RateLimitStatus({ scheduler }: RateLimitStatusProps) {
  const source = scheduler ?? traktScheduler()
  const status = useSyncExternalStore(source.subscribe, source.status, source.status)
  const [now, setNow] = useState(() => Date.now())
  const until = status.pausedUntil

  useEffect(() => {
    if (until === null) return
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [until])

  const seconds = until === null ? 0 : Math.ceil((until - now) / 1000)
  return (
    <div role="status" className="empty:hidden">
      {seconds > 0 ? (
        <p className="flex items-center justify-center gap-2 bg-warning/15 px-4 py-1.5 text-center text-sm text-fg">
          <ClockIcon className="size-4 shrink-0 text-warning" />
          <span>
            Trakt asked us to slow down{status.pausedLane === 'write' ? ' on changes' : ''}, resuming in{' '}
            <span className="tabular-nums">{seconds}</span> s
          </span>
        </p>
      ) : null}
    </div>
  )
}
