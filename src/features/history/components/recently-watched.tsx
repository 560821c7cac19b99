import { useInfiniteQuery } from '@tanstack/react-query'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { pulse, Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { errorMessage } from '@/lib/trakt/errors'
import { historyQueries } from '../api/history-queries'
import { HistoryRow } from './history-row'

/** The first page of the whole history: the same query (and cache) as `/history` unfiltered. */
const EVERYTHING = { type: 'all' } as const

/** The signed-in user's latest plays, newest first: the home page's "Recently watched". */
export function RecentlyWatched({ limit = 5 }: { limit?: number }) {
  const history = useInfiniteQuery(historyQueries.list(EVERYTHING))
  if (history.isPending)
    return (
      <div role="status" aria-live="polite" className={cn('space-y-3', pulse)}>
        <span className="sr-only">Loading what you watched…</span>
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} className="h-16 w-full" />
        ))}
      </div>
    )
  if (history.isError && !history.data)
    return (
      <ErrorState
        title="Could not load your history"
        message={errorMessage(history.error)}
        onRetry={() => void history.refetch()}
        isRetrying={history.isFetching}
      />
    )
  const plays = history.data.pages[0]?.plays.slice(0, limit) ?? []
  if (plays.length === 0)
    return (
      <EmptyState
        title="Nothing watched yet"
        description="What you watch, check in to or scrobble shows up here."
      />
    )
  return (
    <ol aria-label="Latest plays" className="divide-y divide-line">
      {plays.map((play) => (
        <li key={play.id}>
          <HistoryRow play={play} actions={undefined} linkItemPlays={false} when="relative" />
        </li>
      ))}
    </ol>
  )
}
