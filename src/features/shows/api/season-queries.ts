import { queryOptions } from '@tanstack/react-query'
import { pageQuery, staleTime } from '@/lib/stale'
import { withMeta } from '@/lib/trakt/client'
import { trakt } from '@/lib/trakt/trakt'
import { mapLists, mapWatchers } from '@/lib/media/map-lists'
import { mapPeople } from '@/lib/media/map-people'
import { mapRatings } from '@/lib/media/map-ratings'
import { mapStats } from '@/lib/media/map-stats'
import { LISTS_LIMIT, showQueries } from './show-queries'
import { mapEpisodes, mapToSeason } from './map-to-show'

// Keys: ['shows', 'seasons', aspect, slug, number], so ['shows'] still reaches every piece of a show.
const all = () => [...showQueries.all(), 'seasons'] as const

export const seasonQueries = {
  all,

  info: (slug: string, season: number) =>
    queryOptions({
      queryKey: [...all(), 'info', slug, season] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/seasons/{season}/info', {
          params: { path: { id: slug, season }, query: { extended: 'full,images' } },
          signal,
        })
        return mapToSeason(result.data)
      },
      staleTime: staleTime.summary,
      ...pageQuery,
    }),

  episodes: (slug: string, season: number) =>
    queryOptions({
      queryKey: [...all(), 'episodes', slug, season] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/seasons/{season}', {
          params: { path: { id: slug, season }, query: { extended: 'full,images' } },
          signal,
        })
        return mapEpisodes(result.data)
      },
      staleTime: staleTime.summary,
    }),

  people: (slug: string, season: number) =>
    queryOptions({
      queryKey: [...all(), 'people', slug, season] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/seasons/{season}/people', {
          params: { path: { id: slug, season }, query: { extended: 'images' } },
          signal,
        })
        return mapPeople(result.data)
      },
      staleTime: staleTime.summary,
    }),

  ratings: (slug: string, season: number) =>
    queryOptions({
      queryKey: [...all(), 'ratings', slug, season] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/seasons/{season}/ratings', {
          params: { path: { id: slug, season } },
          signal,
        })
        return mapRatings(result.data)
      },
      staleTime: staleTime.social,
    }),

  stats: (slug: string, season: number) =>
    queryOptions({
      queryKey: [...all(), 'stats', slug, season] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/seasons/{season}/stats', {
          params: { path: { id: slug, season } },
          signal,
        })
        return mapStats(result.data)
      },
      staleTime: staleTime.social,
    }),

  lists: (slug: string, season: number) =>
    queryOptions({
      queryKey: [...all(), 'lists', slug, season] as const,
      queryFn: async ({ signal }) => {
        const result = withMeta(
          await trakt().GET('/shows/{id}/seasons/{season}/lists/{type}/{sort}', {
            params: {
              path: { id: slug, season, type: 'personal', sort: 'popular' },
              query: { limit: LISTS_LIMIT },
            },
            signal,
          }),
        )
        const lists = mapLists(result.data)
        return { lists, total: result.meta.pagination?.itemCount ?? lists.length }
      },
      staleTime: staleTime.social,
    }),

  watching: (slug: string, season: number) =>
    queryOptions({
      queryKey: [...all(), 'watching', slug, season] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/seasons/{season}/watching', {
          params: { path: { id: slug, season }, query: { extended: 'images' } },
          signal,
        })
        return mapWatchers(result.data)
      },
      staleTime: staleTime.live,
    }),
}
