import { Link } from 'react-router'
import { useNow } from '@/lib/use-now'
import { watchingName } from '../api/map-watching'
import { useWatching } from '../hooks/use-watching'
import { timeLeftLabel, timeLeftShort } from '../lib/time-left'

/** Check-ins made on another device show within a minute. */
const POLL_MS = 60_000

/**
 * The header's "watching now": what the signed-in user is checked in to (or a player is scrobbling), with the time
 * left, linking to it. Nothing while nothing is. A chunk of its own that only the signed-in header loads.
 */
export function WatchingNowChip() {
  const watching = useWatching('me', { pollMs: POLL_MS })
  const current = watching.data
  const now = useNow(1000, Boolean(current))
  if (!current) return null
  const left = timeLeftLabel(current.expiresAt, now)
  // The header has room for the time only (a phone's for its short form); the title is in the name and tooltip.
  const content = (
    <>
      <span
        aria-hidden="true"
        className="size-2 shrink-0 animate-pulse rounded-full bg-accent motion-reduce:animate-none"
      />
      <span className="whitespace-nowrap sm:hidden">{timeLeftShort(current.expiresAt, now)}</span>
      <span className="hidden whitespace-nowrap sm:inline">{left}</span>
    </>
  )
  const className =
    'flex h-8 shrink-0 items-center gap-2 rounded-full border border-line bg-surface px-3 text-sm font-medium'
  const label = `Watching now: ${watchingName(current)}, ${left}`
  return current.href ? (
    <Link to={current.href} aria-label={label} title={label} className={`${className} hover:bg-raised`}>
      {content}
    </Link>
  ) : (
    <p className={className}>
      <span className="sr-only">{label}</span>
      <span aria-hidden="true" className="contents">
        {content}
      </span>
    </p>
  )
}
