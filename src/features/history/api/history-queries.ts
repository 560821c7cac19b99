import { infiniteQueryOptions } from '@tanstack/react-query'
import { withMeta } from '@/lib/trakt/client'
import type { PageMeta } from '@/lib/trakt/pagination'
import { trakt } from '@/lib/trakt/trakt'
import { pageQuery, staleTime } from '@/lib/stale'
import { omitted, omitTrailingParams } from '@/lib/media/trailing-params'
import { localDayEnd, localDayStart, type HistoryFilters } from '../lib/history-filters'
import { mapHistory, type HistoryPlay } from './map-history'

/**
 * Plays per request. Trakt's history answers 100 without a `limit` and at most 250 (2026); the next page is read
 * from the answer's own `X-Pagination-*` headers, never computed from this number.
 */
export const HISTORY_PAGE_SIZE = 100

export type HistoryPage = { plays: HistoryPlay[]; pagination: PageMeta | undefined }

/** The query string both history methods take: images, the page, and the local days as UTC moments. */
function historyQuery(filters: HistoryFilters, page: number) {
  return {
    extended: 'images',
    page,
    limit: HISTORY_PAGE_SIZE,
    ...(filters.startAt ? { start_at: localDayStart(filters.startAt) } : {}),
    ...(filters.endAt ? { end_at: localDayEnd(filters.endAt) } : {}),
  }
}

/** The path's `{type}` and item id: both left out for every play, the id left out for a whole type. */
function historyPath(filters: HistoryFilters) {
  return {
    type: filters.type === 'all' ? omitted : filters.type,
    id: filters.type !== 'all' && filters.id ? filters.id : omitted,
  }
}

const nextPage = (last: HistoryPage) => {
  const meta = last.pagination
  if (!meta || last.plays.length === 0) return undefined
  return meta.page < meta.pageCount ? meta.page + 1 : undefined
}

/** One history method, paged: the page's plays mapped, the next page read from the answer's headers. */
function pagedHistory<TKey extends readonly unknown[]>(
  queryKey: TKey,
  fetchPage: (page: number, signal: AbortSignal) => Promise<{ data?: unknown; response: Response }>,
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: async ({ pageParam, signal }): Promise<HistoryPage> => {
      const result = withMeta(await fetchPage(pageParam, signal))
      return { plays: mapHistory(result.data), pagination: result.meta.pagination }
    },
    initialPageParam: 1,
    getNextPageParam: nextPage,
    staleTime: staleTime.user,
    ...pageQuery,
  })
}

/**
 * The signed-in user's history, under the sync feature's history key (`['sync', 'history']`): every write that
 * records or removes a play (mark as watched, check in, remove plays) invalidates that key, so this page follows.
 * Keys: ['sync', 'history', 'list', filters]; the sync feature's one-item queries are ['sync', 'history', type, id].
 */
export const historyQueries = {
  all: () => ['sync', 'history'] as const,

  list: (filters: HistoryFilters) =>
    pagedHistory([...historyQueries.all(), 'list', filters] as const, (page, signal) =>
      trakt().GET('/sync/history/{type}/{id}', {
        params: { path: historyPath(filters), query: historyQuery(filters, page) },
        pathSerializer: omitTrailingParams,
        signal,
      }),
    ),

  /** Another user's history (`/users/{id}/history`): public unless their profile is private. Keys: ['users', id, 'history', filters]. */
  user: (user: string, filters: HistoryFilters) =>
    pagedHistory(['users', user, 'history', filters] as const, (page, signal) => {
      const { type, id } = historyPath(filters)
      return trakt().GET('/users/{id}/history/{type}/{item_id}', {
        params: { path: { id: user, type, item_id: id }, query: historyQuery(filters, page) },
        pathSerializer: omitTrailingParams,
        signal,
      })
    }),
}
