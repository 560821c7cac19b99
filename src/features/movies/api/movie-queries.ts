import { queryOptions } from '@tanstack/react-query'
import { pageQuery, staleTime } from '@/lib/stale'
import { trakt } from '@/lib/trakt/trakt'
import { studiosQuery } from '@/lib/media/title-basics'
import { omitted, omitTrailingParams } from '@/lib/media/trailing-params'
import { mapReleases, mapToMovie } from './map-to-movie'

const all = () => ['movies'] as const

/**
 * The movie page's own queries. The sections every title shares (people, ratings, lists...) are
 * `titleQueries('movies')`, under the same `all()` root, and load with the sections' chunk.
 */
export const movieQueries = {
  all,

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

  studios: (slug: string) => studiosQuery('movies', slug),

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
