import { Link } from 'react-router'
import { Button } from '@/components/ui/button'
import { InlineError } from '@/components/ui/inline-error'
import { useSession } from '@/lib/auth/session'
import {
  scrobbleErrors,
  useScrobblePause,
  useScrobbleStart,
  useScrobbleStop,
} from '../api/scrobble-mutations'
import {
  isPlaying,
  pauseTimer,
  progressAt,
  resumeTimer,
  startTimer,
  type TimerItem,
  type WatchTimer,
} from '../lib/watch-timer'
import { useWatchTimer, writeTimer } from '../lib/watch-timer-store'
import { StartWatching } from './start-watching'
import { StopOutcomeMessage } from './stop-outcome'
import { TimerPanel } from './timer-panel'

type WatchTimerControlProps = {
  item: TimerItem
  /** Minutes, when Trakt knows it; otherwise the user types it. */
  runtime: number | null
  /** Where Trakt has this item paused (a percentage), to resume from; null when it is not. */
  resumeFrom?: number | null
}

const isFor = (timer: WatchTimer, item: TimerItem) =>
  timer.item.type === item.type && timer.item.ids.trakt === item.ids.trakt

/**
 * The watch timer, for a screen that does not report to Trakt: "Start watching" runs a clock over the runtime and
 * sends the reference's scrobbles as the user plays, pauses and stops. The clock is local first (it is what the
 * user sees on the screen) and kept in localStorage, so a reload, another tab or a failed request lose nothing; a
 * failed scrobble says why and can be sent again.
 */
export function WatchTimerControl({ item, runtime, resumeFrom }: WatchTimerControlProps) {
  const session = useSession()
  const owner = (session.status === 'signed-in' ? session.user?.slug : null) ?? 'me'
  const timer = useWatchTimer(owner)
  const start = useScrobbleStart()
  const pause = useScrobblePause()
  const stop = useScrobbleStop()

  const begin = ({ runtimeMinutes, fromPercent }: { runtimeMinutes: number; fromPercent: number }) => {
    stop.reset()
    writeTimer(startTimer({ owner, item, runtimeMinutes, fromPercent, now: Date.now() }))
    start.mutate({ item, progress: fromPercent })
  }

  const mine = timer && isFor(timer, item) ? timer : null
  if (mine) {
    const onPause = () => {
      const next = pauseTimer(mine, Date.now())
      writeTimer(next)
      pause.mutate({ item, progress: progressAt(next, Date.now()) })
    }
    const onResume = () => {
      const next = resumeTimer(mine, Date.now())
      writeTimer(next)
      start.mutate({ item, progress: progressAt(next, Date.now()) })
    }
    const onStop = () => {
      const next = pauseTimer(mine, Date.now())
      writeTimer(next)
      stop.mutate({ item, progress: progressAt(next, Date.now()) })
    }
    // Sends again what the timer shows now: playing (a start from here) or paused (a pause at its position).
    const retry = () => {
      const progress = progressAt(mine, Date.now())
      if (isPlaying(mine)) start.mutate({ item, progress })
      else pause.mutate({ item, progress })
    }
    const tryAgain = (onClick: () => void) => (
      <Button size="sm" variant="secondary" onClick={onClick}>
        Try again
      </Button>
    )
    // Only the latest of start and pause matters: an older failure was overtaken by what the user did next.
    const reportError = (start.submittedAt > pause.submittedAt ? start : pause).error
    const reportPrefix = start.submittedAt > pause.submittedAt ? scrobbleErrors.start : scrobbleErrors.pause
    return (
      <TimerPanel
        timer={mine}
        onPause={onPause}
        onResume={onResume}
        onStop={onStop}
        isStopping={stop.isPending}
      >
        <InlineError error={reportError} prefix={reportPrefix} action={tryAgain(retry)} />
        <InlineError error={stop.error} prefix={scrobbleErrors.stop} action={tryAgain(onStop)} />
      </TimerPanel>
    )
  }

  return (
    <div className="max-w-full space-y-2">
      {timer ? (
        <p className="text-sm">
          The watch timer is {isPlaying(timer) ? 'running' : 'paused'} for{' '}
          <Link to={timer.item.path} className="font-medium underline underline-offset-2">
            {timer.item.title}
          </Link>
          .{isPlaying(timer) ? ' Pause or stop it there to start one here.' : ''}
        </p>
      ) : null}
      {timer && isPlaying(timer) ? null : (
        <StartWatching
          runtime={runtime}
          resumeFrom={resumeFrom}
          isStarting={start.isPending}
          label={timer ? 'Start watching this instead' : undefined}
          onStart={begin}
        />
      )}
      {stop.data ? (
        <StopOutcomeMessage outcome={stop.data} title={stop.variables?.item.title ?? item.title} />
      ) : null}
    </div>
  )
}
