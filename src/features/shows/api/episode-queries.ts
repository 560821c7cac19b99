import { queryOptions } from '@tanstack/react-query'
import { pageQuery, staleTime } from '@/lib/stale'
import { withMeta } from '@/lib/trakt/client'
import { trakt } from '@/lib/trakt/trakt'
import { mapLists, mapWatchers } from '@/lib/media/map-lists'
import { mapPeople } from '@/lib/media/map-people'
import { mapRatings } from '@/lib/media/map-ratings'
import { mapStats } from '@/lib/media/map-stats'
import { mapTranslations } from '@/lib/media/map-translations'
import { omitted, omitTrailingParams } from '@/lib/media/trailing-params'
import { LISTS_LIMIT, showQueries } from './show-queries'
import { mapToEpisode } from './map-to-show'

type EpisodeRef = { slug: string; season: number; episode: number }
const path = ({ slug, season, episode }: EpisodeRef) => ({ id: slug, season, episode })

// Keys: ['shows', 'episodes', aspect, slug, season, episode].
const all = () => [...showQueries.all(), 'episodes'] as const

export const episodeQueries = {
  all,

  detail: (ref: EpisodeRef) =>
    queryOptions({
      queryKey: [...all(), 'detail', ref.slug, ref.season, ref.episode] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/seasons/{season}/episodes/{episode}', {
          params: { path: path(ref), query: { extended: 'full,images' } },
          signal,
        })
        return mapToEpisode(result.data)
      },
      staleTime: staleTime.summary,
      ...pageQuery,
    }),

  /** Translations into every language Trakt has (the language is a trailing parameter, left out). */
  translations: (ref: EpisodeRef) =>
    queryOptions({
      queryKey: [...all(), 'translations', ref.slug, ref.season, ref.episode] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET(
          '/shows/{id}/seasons/{season}/episodes/{episode}/translations/{language}',
          {
            params: { path: { ...path(ref), language: omitted } },
            pathSerializer: omitTrailingParams,
            signal,
          },
        )
        return mapTranslations(result.data)
      },
      staleTime: staleTime.summary,
    }),

  /** Cast, crew and the episode's guest stars. */
  people: (ref: EpisodeRef) =>
    queryOptions({
      queryKey: [...all(), 'people', ref.slug, ref.season, ref.episode] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/seasons/{season}/episodes/{episode}/people', {
          params: { path: path(ref), query: { extended: 'guest_stars,images' } },
          signal,
        })
        return mapPeople(result.data)
      },
      staleTime: staleTime.summary,
    }),

  ratings: (ref: EpisodeRef) =>
    queryOptions({
      queryKey: [...all(), 'ratings', ref.slug, ref.season, ref.episode] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/seasons/{season}/episodes/{episode}/ratings', {
          params: { path: path(ref) },
          signal,
        })
        return mapRatings(result.data)
      },
      staleTime: staleTime.social,
    }),

  stats: (ref: EpisodeRef) =>
    queryOptions({
      queryKey: [...all(), 'stats', ref.slug, ref.season, ref.episode] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/seasons/{season}/episodes/{episode}/stats', {
          params: { path: path(ref) },
          signal,
        })
        return mapStats(result.data)
      },
      staleTime: staleTime.social,
    }),

  lists: (ref: EpisodeRef) =>
    queryOptions({
      queryKey: [...all(), 'lists', ref.slug, ref.season, ref.episode] as const,
      queryFn: async ({ signal }) => {
        const result = withMeta(
          await trakt().GET('/shows/{id}/seasons/{season}/episodes/{episode}/lists/{type}/{sort}', {
            params: {
              path: { ...path(ref), type: 'personal', sort: 'popular' },
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

  watching: (ref: EpisodeRef) =>
    queryOptions({
      queryKey: [...all(), 'watching', ref.slug, ref.season, ref.episode] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/shows/{id}/seasons/{season}/episodes/{episode}/watching', {
          params: { path: path(ref), query: { extended: 'images' } },
          signal,
        })
        return mapWatchers(result.data)
      },
      staleTime: staleTime.live,
    }),
}
