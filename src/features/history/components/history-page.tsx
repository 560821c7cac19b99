import { useInfiniteQuery, type InfiniteData, type UseInfiniteQueryResult } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { SignInPrompt } from '@/components/ui/sign-in-prompt'
import { Skeleton, pulse } from '@/components/ui/skeleton'
import { useSession } from '@/lib/auth/session'
import { cn } from '@/lib/cn'
import { errorMessage } from '@/lib/trakt/errors'
import { historyQueries, type HistoryPage } from '../api/history-queries'
import { useRemoveHistoryPlay } from '../api/history-mutations'
import type { HistoryPlay } from '../api/map-history'
import {
  filtersFromSearchParams,
  hasFilters,
  writeFilters,
  type HistoryFilters,
} from '../lib/history-filters'
import { HistoryFiltersBar } from './history-filters-bar'
import { HistoryList } from './history-list'
import { RemovePlayDialog } from './remove-play-dialog'

type HistoryPageProps = {
  /** Whose history (`/users/:user/history`); the signed-in user's own when left out. */
  user?: string
}

/**
 * A history: the signed-in user's own at `/history` (and at their own `/users/:user/history`), with Remove;
 * visitors get the sign-in prompt there. Anyone else's, read-only, at `/users/:user/history`.
 */
export function HistoryPage({ user }: HistoryPageProps) {
  const session = useSession()
  const mySlug = session.status === 'signed-in' ? session.user?.slug : undefined
  const isOwn = user === undefined || user === mySlug
  return (
    <>
      <PageHeader
        title={isOwn ? 'History' : `${user}’s history`}
        description={
          isOwn
            ? 'Everything you watched, checked in to or scrobbled.'
            : 'What they watched, checked in to or scrobbled.'
        }
      />
      {!isOwn ? (
        <UserHistory user={user} />
      ) : session.status === 'signed-in' ? (
        <OwnHistory />
      ) : (
        <SignInPrompt what="your history" />
      )}
    </>
  )
}

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

/** The filters in the address, and a setter that writes them there. */
function useHistoryFilters() {
  const [searchParams, setSearchParams] = useSearchParams()
  const search = searchParams.toString()
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the params' identity
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [search])
  const setFilters = (next: HistoryFilters) =>
    setSearchParams(writeFilters(searchParams, next), { replace: true, preventScrollReset: true })
  return [filters, setFilters] as const
}

function OwnHistory() {
  const [filters, setFilters] = useHistoryFilters()
  const history = useInfiniteQuery(historyQueries.list(filters))
  const remove = useRemoveHistoryPlay(filters)
  const [confirming, setConfirming] = useState<HistoryPlay | null>(null)
  return (
    <>
      <HistoryView filters={filters} setFilters={setFilters} history={history} onRemove={setConfirming} />
      <RemovePlayDialog
        play={confirming}
        onCancel={() => setConfirming(null)}
        onConfirm={(play) => {
          setConfirming(null)
          remove.mutate({ play })
        }}
      />
    </>
  )
}

function UserHistory({ user }: { user: string }) {
  const [filters, setFilters] = useHistoryFilters()
  const history = useInfiniteQuery(historyQueries.user(user, filters))
  return <HistoryView filters={filters} setFilters={setFilters} history={history} />
}

type HistoryViewProps = {
  filters: HistoryFilters
  setFilters: (filters: HistoryFilters) => void
  history: UseInfiniteQueryResult<InfiniteData<HistoryPage>, Error>
  /** The reader's own history: each play can be removed. */
  onRemove?: (play: HistoryPlay) => void
}

function HistoryView({ filters, setFilters, history, onRemove }: HistoryViewProps) {
  const isOwn = onRemove !== undefined
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
          onRemove={onRemove}
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
      <HistoryFiltersBar filters={filters} onChange={setFilters} />
      {body}
    </div>
  )
}
