import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { episodeQueries } from '@/features/shows/api/episode-queries'
import { showQueries } from '@/features/shows/api/show-queries'
import { parseNumberParam } from '@/features/shows/components/params'

/** Starts the episode and its show together. */
export function episodeLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? ''
    const season = parseNumberParam(params.season)
    const episode = parseNumberParam(params.episode)
    if (season !== null && episode !== null) {
      void queryClient.prefetchQuery(episodeQueries.detail({ slug, season, episode }))
      void queryClient.prefetchQuery(showQueries.detail(slug))
    }
    return null
  }
}
