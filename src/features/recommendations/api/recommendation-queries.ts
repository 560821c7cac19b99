import { queryOptions } from '@tanstack/react-query'
import { staleTime } from '@/lib/stale'
import { trakt } from '@/lib/trakt/trakt'

export type RecommendationType = 'movies' | 'shows'

export type RecommendationFilters = { limit: number; ignoreCollected: boolean; ignoreWatchlisted: boolean }

type Friend = { username: string; name?: string | null; ids: { slug?: string | null; trakt: number } }

/** A recommended movie or show (extended=full,images). */
export type Recommendation = {
  title: string
  year?: number | null
  ids: { trakt: number; slug: string; imdb?: string | null; tmdb?: number | null }
  images?: { poster?: string[] } | null
  overview?: string | null
  genres?: string[] | null
  recommended_by?: Friend[]
  favorited_by?: Friend[]
}

/** Personal recommendations; the filters are part of the key so each combination is cached on its own. */
export const recommendationQueries = {
  all: () => ['recommendations'] as const,
  list: (type: RecommendationType, filters: RecommendationFilters) =>
    queryOptions({
      queryKey: ['recommendations', type, filters] as const,
      queryFn: async () => {
        const query = {
          limit: filters.limit,
          ignore_collected: filters.ignoreCollected,
          ignore_watchlisted: filters.ignoreWatchlisted,
          extended: 'full,images',
        }
        // The official contract spells these paths with a trailing slash; Trakt answers both forms.
        const { data } =
          type === 'movies'
            ? await trakt().GET('/recommendations/movies/', { params: { query } })
            : await trakt().GET('/recommendations/shows/', { params: { query } })
        return (data ?? []) as unknown as Recommendation[]
      },
      staleTime: staleTime.social,
    }),
}
