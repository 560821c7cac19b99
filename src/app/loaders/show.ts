import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { showQueries } from '@/features/shows/api/show-queries'

/** Starts the show's summary. */
export function showLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    void queryClient.prefetchQuery(showQueries.detail(params.slug ?? ''))
    return null
  }
}
