import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { movieQueries } from '@/features/movies/api/movie-queries'

/** Starts the movie's summary. */
export function movieLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    void queryClient.prefetchQuery(movieQueries.detail(params.slug ?? ''))
    return null
  }
}
