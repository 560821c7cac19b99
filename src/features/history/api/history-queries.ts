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

/**
 * The signed-in user's history, under the sync feature's history key (`['sync', 'history']`): every write that
 * records or removes a play (mark as watched, check in, remove plays) invalidates that key, so this page follows.
 * Keys: ['sync', 'history', 'list', filters]; the sync feature's one-item queries are ['sync', 'history', type, id].
 */
export const historyQueries = {
  all: () => ['sync', 'history'] as const,

  list: (filters: HistoryFilters) =>
    infiniteQueryOptions({
      queryKey: [...historyQueries.all(), 'list', filters] as const,
      queryFn: async ({ pageParam, signal }): Promise<HistoryPage> => {
        const result = withMeta(
          await trakt().GET('/sync/history/{type}/{id}', {
            params: {
              path: {
                type: filters.type === 'all' ? omitted : filters.type,
                id: filters.type !== 'all' && filters.id ? filters.id : omitted,
              },
              query: {
                extended: 'images',
                page: pageParam,
                limit: HISTORY_PAGE_SIZE,
                // The reader's local days, as the UTC moments they start and end.
                ...(filters.startAt ? { start_at: localDayStart(filters.startAt) } : {}),
                ...(filters.endAt ? { end_at: localDayEnd(filters.endAt) } : {}),
              },
            },
            pathSerializer: omitTrailingParams,
            signal,
          }),
        )
        return { plays: mapHistory(result.data), pagination: result.meta.pagination }
      },
      initialPageParam: 1,
      getNextPageParam: (last) => {
        const meta = last.pagination
        if (!meta || last.plays.length === 0) return undefined
        return meta.page < meta.pageCount ? meta.page + 1 : undefined
      },
      staleTime: staleTime.user,
      ...pageQuery,
    }),
}
