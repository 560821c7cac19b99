import { queryOptions } from '@tanstack/react-query'
import { staleTime } from '@/lib/stale'
import { trakt } from '@/lib/trakt/trakt'
import { mapStudios } from './map-studios'

export type TitleKind = 'movies' | 'shows'

/** How many related titles and lists a title page asks for. */
export const RELATED_LIMIT = 12
export const LISTS_LIMIT = 10

// What a title page's first route needs of the shared title queries, kept apart from the section queries
// (title-queries.ts), so that a movie's or show's first route carries no section's request or mapper.

/** A movie's or show's studios: the hero's facts line. */
export function studiosQuery<K extends TitleKind>(kind: K, slug: string) {
  return queryOptions({
    queryKey: [kind, 'studios', slug] as const,
    queryFn: async ({ signal }) => {
      const result = await trakt().GET(kind === 'movies' ? '/movies/{id}/studios' : '/shows/{id}/studios', {
        params: { path: { id: slug } },
        signal,
      })
      return mapStudios(result.data)
    },
    staleTime: staleTime.summary,
  })
}
