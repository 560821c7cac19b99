import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { withMeta } from '@/lib/trakt/client'
import type { PageMeta } from '@/lib/trakt/pagination'
import { trakt } from '@/lib/trakt/trakt'
import { pageQuery, staleTime } from '@/lib/stale'
import { omitted, omitTrailingParams } from '@/lib/media/trailing-params'
import { mapListEntries, mapListSummary, type ListEntry } from './map-list'

/** Items per request on a list page. */
export const LIST_PAGE_SIZE = 40

export type ListItemsPage = { items: ListEntry[]; pagination: PageMeta | undefined }

/** Query factories for a single list by Trakt id (`/lists/{id}`: official lists, and any list by its id). */
export const listQueries = {
  all: () => ['lists'] as const,

  detail: (id: string) =>
    queryOptions({
      queryKey: [...listQueries.all(), 'detail', id] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/lists/{id}', { params: { path: { id } }, signal })
        return mapListSummary(result.data)
      },
      staleTime: staleTime.social,
      ...pageQuery,
    }),

  /** The list's items in the list's own order, paged (type, sort_by and sort_how are left out). */
  items: (id: string) =>
    infiniteQueryOptions({
      queryKey: [...listQueries.all(), 'items', id] as const,
      queryFn: async ({ pageParam, signal }): Promise<ListItemsPage> => {
        const result = withMeta(
          await trakt().GET('/lists/{id}/items/{type}/{sort_by}/{sort_how}', {
            params: {
              path: { id, type: omitted, sort_by: omitted, sort_how: omitted },
              // The contract types `limit` as a string: a number or "all".
              query: { extended: 'images', page: pageParam, limit: String(LIST_PAGE_SIZE) },
            },
            pathSerializer: omitTrailingParams,
            signal,
          }),
        )
        return { items: mapListEntries(result.data), pagination: result.meta.pagination }
      },
      initialPageParam: 1,
      getNextPageParam: (last) => {
        const meta = last.pagination
        if (!meta || last.items.length === 0) return undefined
        return meta.page < meta.pageCount ? meta.page + 1 : undefined
      },
      staleTime: staleTime.social,
      ...pageQuery,
    }),
}
