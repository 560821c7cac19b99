import { patchQuery, useTraktMutation } from '@/lib/mutation'
import { trakt } from '@/lib/trakt/trakt'
import { recommendationQueries, type RecommendationType } from './recommendation-queries'

export type HideRecommendationVars = { type: RecommendationType; item: { ids: { trakt: number } } }

export const hideRecommendationError = 'Could not hide it from recommendations.'

/**
 * The one write of `DELETE /recommendations/{type}/{id}`: Trakt stops recommending the movie or show. It leaves
 * every cached recommendation list at once, and comes back on failure.
 */
export function useHideRecommendation() {
  return useTraktMutation<HideRecommendationVars>({
    mutationKey: ['recommendations', 'hide'],
    mutationFn: async ({ type, item }) => {
      const id = String(item.ids.trakt)
      if (type === 'movies')
        await trakt().DELETE('/recommendations/movies/{id}', { params: { path: { id } } })
      else await trakt().DELETE('/recommendations/shows/{id}', { params: { path: { id } } })
    },
    optimistic: ({ type, item }) => [
      patchQuery(recommendationQueries.lists(type), (old) =>
        old.filter((r) => r.ids.trakt !== item.ids.trakt),
      ),
    ],
    invalidates: [recommendationQueries.all()],
    errorMessage: hideRecommendationError,
  })
}
