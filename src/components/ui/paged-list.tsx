import { useDeferredValue, type ReactNode } from 'react'
import { cn } from '@/lib/cn'
import { errorMessage } from '@/lib/trakt/errors'
import { ErrorState } from './error-state'
import { LoadMore } from './load-more'
import type { PagedItems } from './use-paged-items'

type PagedListProps<T> = {
  paged: PagedItems<T>
  /** The list's accessible name. */
  label: string
  renderItem: (item: T) => ReactNode
  /** The first load, in the list's own layout (announce it: `role="status"` with a label). */
  loading: ReactNode
  /** What Trakt answered with no items. */
  empty: ReactNode
  /** Heading of the error shown when nothing could be loaded. */
  errorTitle: string
  errorClassName?: string
  className?: string
  itemClassName?: string
  /** Names the "Load more" button; leave it out to show only what is loaded (a rail of the first page). */
  loadMoreLabel?: string
}

/**
 * A paged list with its loading, error (with Retry), empty and list states, and infinite scroll with a "Load
 * more" button. While a new query stands in with the previous results, the list is dimmed and busy.
 */
export function PagedList<T>({
  paged,
  label,
  renderItem,
  loading,
  empty,
  errorTitle,
  errorClassName,
  className,
  itemClassName,
  loadMoreLabel,
}: PagedListProps<T>) {
  // New answers render in the background (a transition React slices into short tasks), so a page whose lists
  // arrive one after another does not block input with one long render each; until then the previous state stays.
  const { query, getKey } = paged
  const isPending = useDeferredValue(query.isPending)
  const items = useDeferredValue(paged.items)
  if (isPending) return loading
  // A failed refetch keeps what was loaded on screen; only a list with nothing to show becomes the error.
  if (query.isError && items.length === 0)
    return (
      <ErrorState
        title={errorTitle}
        message={errorMessage(query.error)}
        onRetry={() => void query.refetch()}
        isRetrying={query.isRefetching}
        className={errorClassName}
      />
    )
  if (items.length === 0) return empty
  return (
    <>
      <ul
        aria-label={label}
        aria-busy={query.isPlaceholderData || undefined}
        className={cn('transition-opacity aria-busy:opacity-60', className)}
      >
        {items.map((item) => (
          <li key={getKey(item)} className={itemClassName}>
            {renderItem(item)}
          </li>
        ))}
      </ul>
      {loadMoreLabel ? <LoadMore query={paged.paging} label={loadMoreLabel} /> : null}
    </>
  )
}
