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
import { mapReleases, mapToMovie } from './map-to-movie'

export const RELATED_LIMIT = 12
export const LISTS_LIMIT = 10

export const movieQueries = {
  all: () => ['movies'] as const,

  detail: (slug: string) =>
    queryOptions({
      queryKey: ['movies', 'detail', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/movies/{id}', {
          params: { path: { id: slug }, query: { extended: 'full,images' } },
          signal,
        })
        return mapToMovie(result.data)
      },
      staleTime: staleTime.summary,
    }),

  people: (slug: string) =>
    queryOptions({
      queryKey: ['movies', 'people', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/movies/{id}/people', {
          params: { path: { id: slug }, query: { extended: 'images' } },
          signal,
        })
        return mapPeople(result.data)
      },
      staleTime: staleTime.summary,
    }),

  ratings: (slug: string) =>
    queryOptions({
      queryKey: ['movies', 'ratings', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/movies/{id}/ratings', { params: { path: { id: slug } }, signal })
        return mapRatings(result.data)
      },
      staleTime: staleTime.social,
    }),

  stats: (slug: string) =>
    queryOptions({
      queryKey: ['movies', 'stats', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/movies/{id}/stats', { params: { path: { id: slug } }, signal })
        return mapStats(result.data)
      },
      staleTime: staleTime.social,
    }),

  related: (slug: string) =>
    queryOptions({
      queryKey: ['movies', 'related', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/movies/{id}/related', {
          params: { path: { id: slug }, query: { extended: 'images', limit: RELATED_LIMIT } },
          signal,
        })
        return mapRelated(result.data, 'movie')
      },
      staleTime: staleTime.social,
    }),

  aliases: (slug: string) =>
    queryOptions({
      queryKey: ['movies', 'aliases', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/movies/{id}/aliases', { params: { path: { id: slug } }, signal })
        return mapAliases(result.data)
      },
      staleTime: staleTime.summary,
    }),

  /** Translations into every language Trakt has (the language is a trailing parameter, left out). */
  translations: (slug: string) =>
    queryOptions({
      queryKey: ['movies', 'translations', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/movies/{id}/translations/{language}', {
          params: { path: { id: slug, language: omitted } },
          pathSerializer: omitTrailingParams,
          signal,
        })
        return mapTranslations(result.data)
      },
      staleTime: staleTime.summary,
    }),

  /** Release dates in every country (the country is a trailing parameter, left out). */
  releases: (slug: string) =>
    queryOptions({
      queryKey: ['movies', 'releases', slug],
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

  studios: (slug: string) =>
    queryOptions({
      queryKey: ['movies', 'studios', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/movies/{id}/studios', { params: { path: { id: slug } }, signal })
        return mapStudios(result.data)
      },
      staleTime: staleTime.summary,
    }),

  lists: (slug: string) =>
    queryOptions({
      queryKey: ['movies', 'lists', slug],
      queryFn: async ({ signal }) => {
        const result = withMeta(
          await trakt().GET('/movies/{id}/lists/{type}/{sort}', {
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
      queryKey: ['movies', 'watching', slug],
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/movies/{id}/watching', {
          params: { path: { id: slug }, query: { extended: 'images' } },
          signal,
        })
        return mapWatchers(result.data)
      },
      staleTime: staleTime.live,
    }),
}

/** For a route loader: starts the summary request early and lets the rest load with the page. */
export function ensureMovie(queryClient: QueryClient, slug: string) {
  return queryClient.ensureQueryData(movieQueries.detail(slug))
}
