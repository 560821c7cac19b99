import { DiscoverPage } from '@/features/discover/components/discover-page'
import { discoverQueries } from '@/features/discover/api/discover-queries'
import type { PageLoader } from './page-loader'

export function Component() {
  return <DiscoverPage />
}

// The rails at the top of the hub; the rest load as they scroll into view.
export const loader: PageLoader = (_args, queryClient) => {
  void queryClient.prefetchInfiniteQuery(discoverQueries.section('movies', 'trending'))
  void queryClient.prefetchInfiniteQuery(discoverQueries.section('movies', 'popular'))
  return null
}
