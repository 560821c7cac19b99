import { queryOptions } from '@tanstack/react-query'
import { pageQuery, staleTime } from '@/lib/stale'
import { trakt } from '@/lib/trakt/trakt'
import { studiosQuery } from '@/lib/media/title-basics'
import { mapCertifications, mapSeasons, mapToEpisode, mapToShow } from './map-to-show'

export { LISTS_LIMIT } from '@/lib/media/title-basics'

const all = () => ['shows'] as const

/**
 * The show pages' own queries. The sections every title shares (people, ratings, lists...) are
 * `titleQueries('shows')`, under the same `all()` root, and load with the sections' chunk.
 */
export const showQueries = {
  all,
  studios: (slug: string) => studiosQuery('shows', slug),

  detail: (slug: string) =>
    queryOptions({
      queryKey: [...all(), 'detail', slug] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}', {
          params: { path: { id: slug }, query: { extended: 'full,images' } },
          signal,
        })
        return mapToShow(result.data)
      },
      staleTime: staleTime.summary,
      ...pageQuery,
    }),

  certifications: (slug: string) =>
    queryOptions({
      queryKey: [...all(), 'certifications', slug] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/certifications', {
          params: { path: { id: slug } },
          signal,
        })
        return mapCertifications(result.data)
      },
      staleTime: staleTime.summary,
    }),

  seasons: (slug: string) =>
    queryOptions({
      queryKey: [...all(), 'seasons', 'list', slug] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/seasons', {
          params: { path: { id: slug }, query: { extended: 'full,images' } },
          signal,
        })
        return mapSeasons(result.data)
      },
      staleTime: staleTime.summary,
    }),

  /** The next episode to air, or null (Trakt answers 204 when there is none). */
  nextEpisode: (slug: string) =>
    queryOptions({
      queryKey: [...all(), 'next-episode', slug] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/next_episode', {
          params: { path: { id: slug }, query: { extended: 'full' } },
          signal,
        })
        return result.data ? mapToEpisode(result.data) : null
      },
      staleTime: staleTime.calendar,
    }),

  /** The most recently aired episode, or null (204). */
  lastEpisode: (slug: string) =>
    queryOptions({
      queryKey: [...all(), 'last-episode', slug] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/last_episode', {
          params: { path: { id: slug }, query: { extended: 'full' } },
          signal,
        })
        return result.data ? mapToEpisode(result.data) : null
      },
      staleTime: staleTime.calendar,
    }),
}
