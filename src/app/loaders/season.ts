import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { seasonQueries } from '@/features/shows/api/season-queries'
import { showQueries } from '@/features/shows/api/show-queries'
import { parseNumberParam } from '@/features/shows/components/params'

/** Starts the season and its show together. */
export function seasonLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? ''
    const season = parseNumberParam(params.season)
    if (season !== null) {
      void queryClient.prefetchQuery(seasonQueries.info(slug, season))
      // The season's hero shows the show's title and fanart.
      void queryClient.prefetchQuery(showQueries.detail(slug))
    }
    return null
  }
}
