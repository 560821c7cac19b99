import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { listQueries } from '@/features/lists/api/list-queries'

/** Starts the list's summary and its first page of items. */
export function listLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? ''
    void queryClient.prefetchQuery(listQueries.detail(id))
    void queryClient.prefetchInfiniteQuery(listQueries.items(id))
    return null
  }
}
