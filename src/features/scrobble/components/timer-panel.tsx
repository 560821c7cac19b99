import type { ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { formatRuntime } from '@/lib/dates'
import { useNow } from '@/lib/use-now'
import {
  SCROBBLE_THRESHOLD,
  formatClock,
  isAtEnd,
  isPlaying,
  positionAt,
  progressAt,
  type WatchTimer,
} from '../lib/watch-timer'

type TimerPanelProps = {
  timer: WatchTimer
  onPause: () => void
  onResume: () => void
  onStop: () => void
  isStopping: boolean
  /** The errors of the last scrobbles, with their "Try again". */
  children?: ReactNode
}

/** The running (or paused) timer: position over the runtime, what a stop would do now, Pause/Resume and Stop. */
export function TimerPanel({ timer, onPause, onResume, onStop, isStopping, children }: TimerPanelProps) {
  const playing = isPlaying(timer)
  const now = useNow(1000, playing)
  const position = positionAt(timer, now)
  const progress = progressAt(timer, now)
  const atEnd = isAtEnd(timer, now)
  const minutesLeft = Math.ceil((timer.runtimeMinutes * 60_000 - position) / 60_000)
  const state = atEnd ? 'Runtime over' : playing ? 'Watching' : 'Paused'
  const percent = `${Math.round(progress * 10) / 10}%`
  return (
    <section
      aria-label="Watch timer"
      className="w-full max-w-xl basis-full space-y-3 rounded-card border border-line bg-surface p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <p className="font-semibold">{state}</p>
        <p className="font-mono text-xl tabular-nums">
          <span>{formatClock(position)}</span>
          <span className="text-base text-muted"> / {formatClock(timer.runtimeMinutes * 60_000)}</span>
        </p>
      </div>
      <div
        role="progressbar"
        aria-label={`Watched: ${percent}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress}
        className="h-2 overflow-hidden rounded-full bg-raised"
      >
        <div className="h-full rounded-full bg-accent" style={{ width: `${progress}%` }} />
      </div>
      <p className="text-sm text-muted">
        {percent} watched{minutesLeft > 0 ? ` · ${formatRuntime(minutesLeft)} left` : ''}
      </p>
      <div className="flex flex-wrap gap-2">
        {atEnd ? null : playing ? (
          <Button variant="secondary" onClick={onPause}>
            Pause
          </Button>
        ) : (
          <Button variant="secondary" onClick={onResume}>
            Resume
          </Button>
        )}
        <Button
          variant={progress >= SCROBBLE_THRESHOLD ? 'primary' : 'secondary'}
          isLoading={isStopping}
          onClick={onStop}
        >
          Stop
        </Button>
      </div>
      <p className="text-sm text-muted">
        {progress >= SCROBBLE_THRESHOLD
          ? 'Stopping now records the play: you are past 80%.'
          : `Stopping before 80% does not record a play: Trakt keeps the position (${percent}) to resume here or in another app.`}
      </p>
      {children}
    </section>
  )
}
