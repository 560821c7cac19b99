import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { discoverQueries } from '@/features/discover/api/discover-queries'
import {
  isListSection,
  isMediaSection,
  isMediaType,
  isPeriod,
  DEFAULT_PERIOD,
} from '@/features/discover/lib/discover-sections'
import { filtersFromSearchParams } from '@/features/discover/lib/filters-search-params'

/** Starts the section's first page, with the period and filters of the address. */
export function discoverSectionLoader(queryClient: QueryClient) {
  return ({ params, request }: LoaderFunctionArgs) => {
    const { type, section } = params
    if (type === 'lists' && isListSection(section)) {
      void queryClient.prefetchInfiniteQuery(discoverQueries.lists(section))
    } else if (isMediaType(type) && isMediaSection(type, section)) {
      const searchParams = new URL(request.url).searchParams
      const rawPeriod = searchParams.get('period')
      const period = isPeriod(rawPeriod) ? rawPeriod : DEFAULT_PERIOD
      const filters = filtersFromSearchParams(searchParams, type)
      void queryClient.prefetchInfiniteQuery(discoverQueries.section(type, section, period, filters))
    }
    return null
  }
}
