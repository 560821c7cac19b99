import { Link } from 'react-router'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { formatTime } from '@/lib/dates'
import { errorMessage, TraktHttpError } from '@/lib/trakt/errors'
import { useNow } from '@/lib/use-now'
import { useWatching } from '../hooks/use-watching'
import { timeLeftLabel } from '../lib/time-left'

const HOW: Record<string, string> = { checkin: 'Checked in', scrobble: 'Playing' }

/**
 * A profile's "Watching now" (`/users/{id}/watching`): the movie or episode with the time left, counting down.
 * Nothing when Trakt answers 204 (not watching) or the profile is private (the profile says so itself).
 */
export function WatchingNow({ user }: { user: string }) {
  const watching = useWatching(user)
  const current = watching.data
  const now = useNow(1000, Boolean(current))
  if (watching.isError) {
    if (watching.error instanceof TraktHttpError && watching.error.isPrivateUser) return null
    return (
      <div role="alert" className="mb-6 flex flex-wrap items-center gap-3 text-sm text-muted">
        <p>
          Could not load what {user} is watching. {errorMessage(watching.error)}
        </p>
        <Button
          size="sm"
          variant="secondary"
          isLoading={watching.isFetching}
          onClick={() => void watching.refetch()}
        >
          Retry
        </Button>
      </div>
    )
  }
  if (!current) return null
  const title = (
    <>
      {current.code ? <span className="text-muted">{current.code} </span> : null}
      {current.title}
    </>
  )
  return (
    <Card role="region" aria-label="Watching now" className="mb-6 space-y-1">
      <h2 className="text-sm font-semibold tracking-wide text-accent uppercase">Watching now</h2>
      {current.show ? (
        current.show.href ? (
          <Link to={current.show.href} className="block truncate text-sm text-muted hover:text-fg">
            {current.show.title}
          </Link>
        ) : (
          <p className="truncate text-sm text-muted">{current.show.title}</p>
        )
      ) : null}
      <p className="truncate text-lg font-semibold">
        {current.href ? (
          <Link to={current.href} className="hover:underline">
            {title}
          </Link>
        ) : (
          title
        )}
      </p>
      <p className="text-sm text-muted">
        {HOW[current.action] ?? 'Watching'} · {timeLeftLabel(current.expiresAt, now)} (until{' '}
        {formatTime(current.expiresAt)})
      </p>
    </Card>
  )
}
