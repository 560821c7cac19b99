import type { UseQueryResult } from '@tanstack/react-query'
import { Link } from 'react-router'
import { buttonClasses } from '@/components/ui/button'
import { ErrorState } from '@/components/ui/error-state'
import { pulse, Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { errorMessage, TraktHttpError } from '@/lib/trakt/errors'

/** Stands in for Trakt's 404 where a page knows before asking that there is nothing (a bad number, an empty body). */
export const NOT_FOUND = new TraktHttpError({ status: 404, body: null, method: 'GET', path: '' })

function isNotFound(error: unknown): boolean {
  return error instanceof TraktHttpError && error.status === 404
}

/** The whole-page failure: a clear "not found" for 404, otherwise the reason and a Retry. */
export function TitlePageError({
  error,
  onRetry,
  isRetrying,
  noun = 'title',
}: {
  error: unknown
  onRetry: () => void
  isRetrying?: boolean
  noun?: string
}) {
  if (isNotFound(error)) {
    return (
      <div className="mx-auto flex max-w-xl flex-col items-center gap-3 rounded-card border border-dashed border-line px-6 py-12 text-center">
        <h1
          tabIndex={-1}
          className="text-xl font-semibold focus:outline-none"
        >{`We couldn't find this ${noun}`}</h1>
        <p className="max-w-prose text-muted">
          The link may be wrong, or Trakt may have removed it. Try searching for it instead.
        </p>
        <Link to="/search" className={buttonClasses('secondary')}>
          Search Trakt
        </Link>
      </div>
    )
  }
  return (
    <div className="mx-auto max-w-xl py-10">
      <ErrorState
        level={1}
        title={`Could not load this ${noun}`}
        message={errorMessage(error)}
        onRetry={onRetry}
        isRetrying={isRetrying}
      />
    </div>
  )
}

/** The page while the summary loads: the same boxes as the loaded header, so nothing jumps. */
function TitlePageSkeleton({
  label = 'Loading…',
  media = 'poster',
}: {
  label?: string
  media?: 'poster' | 'still'
}) {
  return (
    <div role="status" aria-live="polite" className={cn('space-y-8', pulse)}>
      <span className="sr-only">{label}</span>
      <div className="flex flex-col gap-4 pt-4 sm:flex-row sm:gap-6 sm:pt-10">
        {media === 'still' ? (
          <Skeleton className="aspect-backdrop w-full shrink-0 rounded-card sm:w-80" />
        ) : (
          <Skeleton className="aspect-poster w-28 shrink-0 rounded-card sm:w-48" />
        )}
        <div className="min-w-0 flex-1 space-y-3">
          <Skeleton className="h-8 w-3/4 max-w-md" />
          <Skeleton className="h-4 w-1/2 max-w-xs" />
          <Skeleton className="h-4 w-2/3 max-w-sm" />
          <div className="flex gap-2">
            <Skeleton className="h-8 w-20 rounded-full" />
            <Skeleton className="h-8 w-20 rounded-full" />
          </div>
        </div>
      </div>
      <div className="space-y-2">
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-4 w-2/3" />
      </div>
      <Skeleton className="h-40 w-full" />
    </div>
  )
}

/** A title page's main query until it has data: the skeleton while it loads, then the error or "not found" page. */
export function TitleQueryFallback({
  query,
  noun,
  media,
}: {
  query: Pick<UseQueryResult<unknown>, 'isPending' | 'error' | 'isFetching' | 'refetch'>
  noun: string
  media?: 'poster' | 'still'
}) {
  if (query.isPending) return <TitlePageSkeleton label={`Loading ${noun}…`} media={media} />
  return (
    <TitlePageError
      error={query.error ?? NOT_FOUND}
      onRetry={() => void query.refetch()}
      isRetrying={query.isFetching}
      noun={noun}
    />
  )
}
