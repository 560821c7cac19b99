import { DiscoverSectionPage } from '@/features/discover/components/discover-section-page'
import { discoverQueries } from '@/features/discover/api/discover-queries'
import { listChartQueries } from '@/features/discover/api/list-queries'
import {
  DEFAULT_PERIOD,
  isListSection,
  isMediaSection,
  isMediaType,
  isPeriod,
} from '@/features/discover/lib/discover-sections'
import { filtersFromSearchParams } from '@/features/discover/lib/filters-search-params'
import type { PageLoader } from './page-loader'

export function Component() {
  return <DiscoverSectionPage />
}

export const loader: PageLoader = ({ params, request }, queryClient) => {
  const { type, section } = params
  if (type === 'lists' && isListSection(section)) {
    void queryClient.prefetchInfiniteQuery(listChartQueries.section(section))
  } else if (isMediaType(type) && isMediaSection(type, section)) {
    const searchParams = new URL(request.url).searchParams
    const rawPeriod = searchParams.get('period')
    const period = isPeriod(rawPeriod) ? rawPeriod : DEFAULT_PERIOD
    void queryClient.prefetchInfiniteQuery(
      discoverQueries.section(type, section, period, filtersFromSearchParams(searchParams, type)),
    )
  }
  return null
}
