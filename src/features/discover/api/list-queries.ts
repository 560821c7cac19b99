import { infiniteQueryOptions } from '@tanstack/react-query'
import { withMeta } from '@/lib/trakt/client'
import { trakt } from '@/lib/trakt/trakt'
import { staleTime } from '@/lib/stale'
import type { ListSection } from '../lib/discover-sections'
import { discoverQueries, nextPage, PAGE_SIZE, type ChartPage } from './discover-queries'
import { mapListPage, type ListCardModel } from './map-list-item'

/** Discover's list charts, apart from the title charts: the hub loads their code only as its Lists come near. */
export const listChartQueries = {
  /** Trending or popular lists, paged. */
  section: (section: ListSection) =>
    infiniteQueryOptions({
      queryKey: [...discoverQueries.all(), 'lists', section] as const,
      queryFn: async ({ pageParam, signal }): Promise<ChartPage<ListCardModel>> => {
        const init = { params: { query: { page: pageParam, limit: PAGE_SIZE } }, signal }
        const result =
          section === 'trending'
            ? withMeta(await trakt().GET('/lists/trending', init))
            : withMeta(await trakt().GET('/lists/popular', init))
        return { items: mapListPage(result.data), pagination: result.meta.pagination }
      },
      initialPageParam: 1,
      getNextPageParam: nextPage,
      staleTime: staleTime.chart,
    }),
}
