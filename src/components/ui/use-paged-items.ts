import {
  useInfiniteQuery,
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryOptions,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { PageMeta } from '@/lib/trakt/pagination'
import type { PagedQuery } from './load-more'

/** One page of a paged Trakt answer: its items and what the X-Pagination-* headers said. */
export type ItemsPage<T> = { items: T[]; pagination: PageMeta | undefined }

export type ItemKey = string | number

export type PagedItems<T> = {
  query: UseInfiniteQueryResult<InfiniteData<ItemsPage<T>>, Error>
  /** The shown pages' items, each once: charts shift while being paged, so a title can come back a page later. */
  items: T[]
  /** X-Pagination-Item-Count, or the item count of an answer Trakt does not page (box office). */
  total: number | undefined
  getKey: (item: T) => ItemKey
  /** What `LoadMore` drives: the next page, through the page count when the caller holds it. */
  paging: PagedQuery
}

type PagedItemsOptions<T> = {
  getKey: (item: T) => ItemKey
  /**
   * How many pages to show, when the caller holds it (the URL's `?page=`): that many are loaded on arrival, and
   * "Load more" asks `setPages` for one more instead of fetching behind the caller's back.
   */
  pages?: number
  setPages?: (pages: number) => void
}

/** At most this many pages are fetched on arrival to honour a `?page=`. */
export const MAX_CATCH_UP_PAGES = 10

/** An infinite query over Trakt's pages, read as one list of unique items with the total from the headers. */
export function usePagedItems<T, TKey extends QueryKey>(
  options: UseInfiniteQueryOptions<ItemsPage<T>, Error, InfiniteData<ItemsPage<T>>, TKey, number>,
  { getKey, pages, setPages }: PagedItemsOptions<T>,
): PagedItems<T> {
  // A route loader may already have met a failure: show it with Retry instead of sending it again on mount.
  const query = useInfiniteQuery({ ...options, retryOnMount: false })
  const { data, fetchNextPage } = query
  const loaded = data?.pages.length ?? 0

  const items = useMemo(() => {
    const shown = pages === undefined ? (data?.pages ?? []) : (data?.pages.slice(0, pages) ?? [])
    const seen = new Set<ItemKey>()
    return shown
      .flatMap((page) => page.items)
      .filter((item) => {
        const key = getKey(item)
        return !seen.has(key) && (seen.add(key), true)
      })
    // `getKey` is a pure accessor; a new arrow each render must not redo the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, pages])

  // A link or a reload asking for page 3 shows three pages: fetch them one after the other (up to a cap, so a
  // hand-edited `?page=500` cannot spend the GET budget; "Load more" goes on from there).
  const shouldCatchUp =
    pages !== undefined &&
    loaded > 0 &&
    loaded < Math.min(pages, MAX_CATCH_UP_PAGES) &&
    query.hasNextPage &&
    !query.isPlaceholderData &&
    !query.isFetching &&
    !query.isFetchNextPageError
  // `loaded` is a dependency: a page can arrive without a render in between that shows the fetch.
  useEffect(() => {
    if (shouldCatchUp) void fetchNextPage()
  }, [shouldCatchUp, loaded, fetchNextPage])

  const firstPage = data?.pages[0]
  const total = firstPage ? (firstPage.pagination?.itemCount ?? items.length) : undefined
  const hasHiddenPages = pages !== undefined && loaded > pages

  return {
    query,
    items,
    total,
    getKey,
    paging: {
      hasNextPage: hasHiddenPages || query.hasNextPage,
      isFetchingNextPage: query.isFetchingNextPage,
      isFetchNextPageError: query.isFetchNextPageError,
      error: query.error,
      fetchNextPage: () => {
        // Behind the page count (a failed catch-up): fetch what it already asks for.
        if (pages === undefined || !setPages || loaded < pages) return fetchNextPage()
        setPages(pages + 1)
      },
    },
  }
}

/** The URL parameter holding how many pages of a paged list are shown. */
export const PAGE_PARAM = 'page'

/** `?page=3` → 3; absent or malformed → 1. */
export function readPageParam(params: URLSearchParams): number {
  const value = Number(params.get(PAGE_PARAM))
  return Number.isSafeInteger(value) && value > 1 ? value : 1
}

/**
 * The `?page=` of the current URL and a setter that replaces the history entry (paging through a list is not a
 * step back), for `usePagedItems`' `pages` and `setPages`.
 */
export function usePageParam(): { pages: number; setPages: (pages: number) => void } {
  const [searchParams, setSearchParams] = useSearchParams()
  return {
    pages: readPageParam(searchParams),
    setPages: (pages) =>
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev)
          if (pages > 1) next.set(PAGE_PARAM, String(pages))
          else next.delete(PAGE_PARAM)
          return next
        },
        { replace: true },
      ),
  }
}
