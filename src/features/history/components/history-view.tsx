import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { Skeleton, pulse } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { errorMessage } from '@/lib/trakt/errors'
import type { HistoryPage } from '../api/history-queries'
import { hasFilters, type HistoryFilters } from '../lib/history-filters'
import { HistoryFiltersBar } from './history-filters-bar'
import { HistoryList } from './history-list'
import type { PlayActions } from './history-row'

function HistorySkeleton() {
  return (
    <div role="status" aria-live="polite" className={cn('space-y-3', pulse)}>
      <span className="sr-only">Loading your history…</span>
      <Skeleton className="mt-5 h-4 w-28" />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="flex items-center gap-3 py-2">
          <Skeleton className="h-18 w-20 shrink-0 rounded-card sm:w-24" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-4 w-3/5" />
            <Skeleton className="h-3 w-2/5" />
          </div>
        </div>
      ))}
    </div>
  )
}

type HistoryViewProps = {
  filters: HistoryFilters
  setFilters: (filters: HistoryFilters) => void
  history: UseInfiniteQueryResult<InfiniteData<HistoryPage>, Error>
  /** The reader's own history: each play can be removed or watched again. */
  actions?: PlayActions
}

export function HistoryView({ filters, setFilters, history, actions }: HistoryViewProps) {
  const isOwn = actions !== undefined
  const plays = useMemo(() => history.data?.pages.flatMap((page) => page.plays) ?? [], [history.data])

  let body
  if (history.isPending) body = <HistorySkeleton />
  else if (history.isError && !history.data)
    body = (
      <ErrorState
        title="Could not load the history"
        message={errorMessage(history.error)}
        onRetry={() => void history.refetch()}
        isRetrying={history.isFetching}
      />
    )
  else if (plays.length === 0)
    body = hasFilters(filters) ? (
      <EmptyState
        title="No plays in this range"
        description="Nothing watched matches these filters."
        action={
          <Button variant="secondary" onClick={() => setFilters({ type: 'all' })}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        title="No plays yet"
        description={
          isOwn
            ? 'What you watch, check in to or scrobble shows up here, newest first.'
            : 'Nothing in this history yet.'
        }
      />
    )
  else
    body = (
      <>
        <HistoryList
          plays={plays}
          hasNextPage={history.hasNextPage}
          isFetchingNextPage={history.isFetchingNextPage}
          hasNextPageError={history.isFetchNextPageError}
          fetchNextPage={() => void history.fetchNextPage()}
          actions={actions}
          linkItemPlays={!filters.id}
        />
        <div className="py-6 text-center text-sm text-muted">
          {history.isFetchNextPageError ? (
            <div role="alert" className="flex flex-col items-center gap-2">
              <p>Could not load more plays. {errorMessage(history.error)}</p>
              <Button variant="secondary" onClick={() => void history.fetchNextPage()}>
                Retry
              </Button>
            </div>
          ) : history.hasNextPage ? (
            <p role="status">{history.isFetchingNextPage ? 'Loading more plays…' : ''}</p>
          ) : (
            <p>
              The start of {isOwn ? 'your' : 'this'} history:{' '}
              {plays.length === 1 ? '1 play' : `${plays.length} plays`}.
            </p>
          )}
        </div>
      </>
    )

  return (
    <div className="max-w-3xl">
      <HistoryFiltersBar
        filters={filters}
        onChange={setFilters}
        itemTitle={filters.id ? (plays[0]?.show?.title ?? plays[0]?.title) : undefined}
      />
      {body}
    </div>
  )
}
