import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { staleTime } from '@/lib/stale'
import { withMeta } from '@/lib/trakt/client'
import { trakt } from '@/lib/trakt/trakt'
import { mapLists, mapWatchers } from '@/lib/media/map-lists'
import { mapRelated } from '@/lib/media/map-media'
import { mapPeople } from '@/lib/media/map-people'
import { mapRatings } from '@/lib/media/map-ratings'
import { mapStats } from '@/lib/media/map-stats'
import { mapStudios } from '@/lib/media/map-studios'
import { mapAliases, mapTranslations } from '@/lib/media/map-translations'
import { omitted, omitTrailingParams } from '@/lib/media/trailing-params'
import { mapCertifications, mapSeasons, mapToEpisode, mapToShow } from './map-to-show'

export const RELATED_LIMIT = 12
export const LISTS_LIMIT = 10

export const showQueries = {
  all: () => ['shows'] as const,

  detail: (slug: string) =>
    queryOptions({
      queryKey: ['shows', 'detail', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}', {
          params: { path: { id: slug }, query: { extended: 'full,images' } },
          signal,
        })
        return mapToShow(result.data)
      },
      staleTime: staleTime.summary,
    }),

  people: (slug: string) =>
    queryOptions({
      queryKey: ['shows', 'people', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/people', {
          params: { path: { id: slug }, query: { extended: 'images' } },
          signal,
        })
        return mapPeople(result.data)
      },
      staleTime: staleTime.summary,
    }),

  ratings: (slug: string) =>
    queryOptions({
      queryKey: ['shows', 'ratings', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/ratings', { params: { path: { id: slug } }, signal })
        return mapRatings(result.data)
      },
      staleTime: staleTime.social,
    }),

  stats: (slug: string) =>
    queryOptions({
      queryKey: ['shows', 'stats', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/stats', { params: { path: { id: slug } }, signal })
        return mapStats(result.data)
      },
      staleTime: staleTime.social,
    }),

  related: (slug: string) =>
    queryOptions({
      queryKey: ['shows', 'related', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/related', {
          params: { path: { id: slug }, query: { extended: 'images', limit: RELATED_LIMIT } },
          signal,
        })
        return mapRelated(result.data, 'show')
      },
      staleTime: staleTime.social,
    }),

  aliases: (slug: string) =>
    queryOptions({
      queryKey: ['shows', 'aliases', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/aliases', { params: { path: { id: slug } }, signal })
        return mapAliases(result.data)
      },
      staleTime: staleTime.summary,
    }),

  /** Translations into every language Trakt has (the language is a trailing parameter, left out). */
  translations: (slug: string) =>
    queryOptions({
      queryKey: ['shows', 'translations', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/translations/{language}', {
          params: { path: { id: slug, language: omitted } },
          pathSerializer: omitTrailingParams,
          signal,
        })
        return mapTranslations(result.data)
      },
      staleTime: staleTime.summary,
    }),

  certifications: (slug: string) =>
    queryOptions({
      queryKey: ['shows', 'certifications', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/certifications', { params: { path: { id: slug } }, signal })
        return mapCertifications(result.data)
      },
      staleTime: staleTime.summary,
    }),

  seasons: (slug: string) =>
    queryOptions({
      queryKey: ['shows', 'seasons', 'list', slug],
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
      queryKey: ['shows', 'next-episode', slug],
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
      queryKey: ['shows', 'last-episode', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/last_episode', {
          params: { path: { id: slug }, query: { extended: 'full' } },
          signal,
        })
        return result.data ? mapToEpisode(result.data) : null
      },
      staleTime: staleTime.calendar,
    }),

  studios: (slug: string) =>
    queryOptions({
      queryKey: ['shows', 'studios', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/studios', { params: { path: { id: slug } }, signal })
        return mapStudios(result.data)
      },
      staleTime: staleTime.summary,
    }),

  lists: (slug: string) =>
    queryOptions({
      queryKey: ['shows', 'lists', slug],
      queryFn: async ({ signal }) => {
        const result = withMeta(
          await trakt().GET('/shows/{id}/lists/{type}/{sort}', {
            params: { path: { id: slug, type: 'personal', sort: 'popular' }, query: { limit: LISTS_LIMIT } },
            signal,
          }),
        )
        const lists = mapLists(result.data)
        return { lists, total: result.meta.pagination?.itemCount ?? lists.length }
      },
      staleTime: staleTime.social,
    }),

  watching: (slug: string) =>
    queryOptions({
      queryKey: ['shows', 'watching', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/watching', {
          params: { path: { id: slug }, query: { extended: 'images' } },
          signal,
        })
        return mapWatchers(result.data)
      },
      staleTime: staleTime.live,
    }),
}

/** For a route loader: starts the show summary request early. */
export function ensureShow(queryClient: QueryClient, slug: string) {
  return queryClient.ensureQueryData(showQueries.detail(slug))
}
