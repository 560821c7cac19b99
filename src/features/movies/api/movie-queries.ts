import { queryOptions } from '@tanstack/react-query'
import { pageQuery, staleTime } from '@/lib/stale'
import { trakt } from '@/lib/trakt/trakt'
import { titleQueries } from '@/lib/media/title-queries'
import { omitted, omitTrailingParams } from '@/lib/media/trailing-params'
import { mapReleases, mapToMovie } from './map-to-movie'

export { LISTS_LIMIT, RELATED_LIMIT } from '@/lib/media/title-queries'

const all = () => ['movies'] as const

export const movieQueries = {
  all,
  ...titleQueries('movies'),

  detail: (slug: string) =>
    queryOptions({
      queryKey: [...all(), 'detail', slug] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/movies/{id}', {
          params: { path: { id: slug }, query: { extended: 'full,images' } },
          signal,
        })
        return mapToMovie(result.data)
      },
      staleTime: staleTime.summary,
      ...pageQuery,
    }),

  /** Release dates in every country (the country is a trailing parameter, left out). */
  releases: (slug: string) =>
    queryOptions({
      queryKey: [...all(), 'releases', slug] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/movies/{id}/releases/{country}', {
          params: { path: { id: slug, country: omitted } },
          pathSerializer: omitTrailingParams,
          signal,
        })
        return mapReleases(result.data)
      },
      staleTime: staleTime.summary,
    }),
}
