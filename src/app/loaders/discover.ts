import type { QueryClient } from '@tanstack/react-query'
import { discoverQueries } from '@/features/discover/api/discover-queries'

/** Starts the rails at the top of the hub; the rest load as they scroll into view. */
export function discoverLoader(queryClient: QueryClient) {
  return () => {
    void queryClient.prefetchInfiniteQuery(discoverQueries.section('movies', 'trending'))
    void queryClient.prefetchInfiniteQuery(discoverQueries.section('movies', 'popular'))
    return null
  }
}
