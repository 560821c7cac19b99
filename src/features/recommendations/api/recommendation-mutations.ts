import { useTraktMutation } from '@/lib/mutation'
import { trakt } from '@/lib/trakt/trakt'
import type { Recommendation, RecommendationType } from './recommendation-queries'

type HideVars = { type: RecommendationType; item: Pick<Recommendation, 'ids' | 'title'> }

/** Stops recommending a movie or show: it leaves every cached recommendation list at once, and comes back on failure. */
export function useHideRecommendation() {
  return useTraktMutation<HideVars>({
    mutationKey: ['recommendations', 'hide'],
    mutationFn: async ({ type, item }) => {
      const id = String(item.ids.trakt)
      if (type === 'movies')
        await trakt().DELETE('/recommendations/movies/{id}', { params: { path: { id } } })
      else await trakt().DELETE('/recommendations/shows/{id}', { params: { path: { id } } })
    },
    optimistic: ({ type, item }) => [
      {
        queryKey: ['recommendations', type],
        update: (old) =>
          Array.isArray(old) ? (old as Recommendation[]).filter((r) => r.ids.trakt !== item.ids.trakt) : old,
      },
    ],
    invalidates: ({ type }) => [['recommendations', type]],
    errorMessage: 'Could not hide the recommendation.',
  })
}
