import { queryOptions } from '@tanstack/react-query'
import { staleTime } from '@/lib/stale'
import { trakt } from '@/lib/trakt/trakt'
import { mapRecommendations, type Recommendation, type RecommendationType } from './map-recommendation'

export type { Recommendation, RecommendationType } from './map-recommendation'

export type RecommendationFilters = { limit: number; ignoreCollected: boolean; ignoreWatchlisted: boolean }

const root = () => ['recommendations'] as const

/** Personal recommendations; the filters are part of the key so each combination is cached on its own. */
export const recommendationQueries = {
  all: root,

  /**
   * Every cached list of one type, whatever its filters: a key prefix carrying the lists' data type, for patching
   * them all at once. Not a query to run.
   */
  lists: (type: RecommendationType) => queryOptions<Recommendation[]>({ queryKey: [...root(), type] }),

  list: (type: RecommendationType, filters: RecommendationFilters) =>
    queryOptions({
      queryKey: [...root(), type, filters] as const,
      queryFn: async ({ signal }) => {
        const query = {
          limit: filters.limit,
          ignore_collected: filters.ignoreCollected,
          ignore_watchlisted: filters.ignoreWatchlisted,
          extended: 'full,images',
        }
        // The official contract spells these paths with a trailing slash; Trakt answers both forms.
        const { data } =
          type === 'movies'
            ? await trakt().GET('/recommendations/movies/', { params: { query }, signal })
            : await trakt().GET('/recommendations/shows/', { params: { query }, signal })
        return mapRecommendations(data, type)
      },
      staleTime: staleTime.social,
    }),
}
