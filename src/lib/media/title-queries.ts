import { queryOptions } from '@tanstack/react-query'
import { staleTime } from '@/lib/stale'
import { withMeta } from '@/lib/trakt/client'
import { trakt } from '@/lib/trakt/trakt'
import { mapLists, mapWatchers } from './map-lists'
import { mapRelated } from './map-media'
import { mapPeople } from './map-people'
import { mapRatings } from './map-ratings'
import { mapStats } from './map-stats'
import { mapAliases, mapTranslations } from './map-translations'
import { LISTS_LIMIT, RELATED_LIMIT, studiosQuery, type TitleKind } from './title-basics'
import { omitted, omitTrailingParams } from './trailing-params'

export { LISTS_LIMIT, RELATED_LIMIT, type TitleKind }

/**
 * The sections every movie and show page shares (people, ratings, stats, related, aliases, translations, studios,
 * lists, watching). Movies and shows answer these endpoints with the same shapes, so one factory serves both; the
 * paths are typed through the movie variant and every body goes through a defensive mapper.
 */
export function titleQueries(kind: TitleKind) {
  const path = <P extends string>(movieVariant: P) => movieVariant.replace('/movies/', `/${kind}/`) as P
  const single = kind === 'movies' ? 'movie' : 'show'
  // The root of every key: the movie or show factory's `all()`.
  const root = () => [kind] as const
  return {
    people: (slug: string) =>
      queryOptions({
        queryKey: [...root(), 'people', slug] as const,
        queryFn: async ({ signal }) => {
          const result = await trakt().GET(path('/movies/{id}/people'), {
            params: { path: { id: slug }, query: { extended: 'images' } },
            signal,
          })
          return mapPeople(result.data)
        },
        staleTime: staleTime.summary,
      }),

    ratings: (slug: string) =>
      queryOptions({
        queryKey: [...root(), 'ratings', slug] as const,
        queryFn: async ({ signal }) => {
          const result = await trakt().GET(path('/movies/{id}/ratings'), {
            params: { path: { id: slug } },
            signal,
          })
          return mapRatings(result.data)
        },
        staleTime: staleTime.social,
      }),

    stats: (slug: string) =>
      queryOptions({
        queryKey: [...root(), 'stats', slug] as const,
        queryFn: async ({ signal }) => {
          const result = await trakt().GET(path('/movies/{id}/stats'), {
            params: { path: { id: slug } },
            signal,
          })
          return mapStats(result.data)
        },
        staleTime: staleTime.social,
      }),

    related: (slug: string) =>
      queryOptions({
        queryKey: [...root(), 'related', slug] as const,
        queryFn: async ({ signal }) => {
          const result = await trakt().GET(path('/movies/{id}/related'), {
            params: { path: { id: slug }, query: { extended: 'images', limit: RELATED_LIMIT } },
            signal,
          })
          return mapRelated(result.data, single)
        },
        staleTime: staleTime.social,
      }),

    aliases: (slug: string) =>
      queryOptions({
        queryKey: [...root(), 'aliases', slug] as const,
        queryFn: async ({ signal }) => {
          const result = await trakt().GET(path('/movies/{id}/aliases'), {
            params: { path: { id: slug } },
            signal,
          })
          return mapAliases(result.data)
        },
        staleTime: staleTime.summary,
      }),

    /** Translations into every language Trakt has (the language is a trailing parameter, left out). */
    translations: (slug: string) =>
      queryOptions({
        queryKey: [...root(), 'translations', slug] as const,
        queryFn: async ({ signal }) => {
          const result = await trakt().GET(path('/movies/{id}/translations/{language}'), {
            params: { path: { id: slug, language: omitted } },
            pathSerializer: omitTrailingParams,
            signal,
          })
          return mapTranslations(result.data)
        },
        staleTime: staleTime.summary,
      }),

    studios: (slug: string) => studiosQuery(kind, slug),

    lists: (slug: string) =>
      queryOptions({
        queryKey: [...root(), 'lists', slug] as const,
        queryFn: async ({ signal }) => {
          const result = withMeta(
            await trakt().GET(path('/movies/{id}/lists/{type}/{sort}'), {
              params: {
                path: { id: slug, type: 'personal', sort: 'popular' },
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

    watching: (slug: string) =>
      queryOptions({
        queryKey: [...root(), 'watching', slug] as const,
        queryFn: async ({ signal }) => {
          const result = await trakt().GET(path('/movies/{id}/watching'), {
            params: { path: { id: slug }, query: { extended: 'images' } },
            signal,
          })
          return mapWatchers(result.data)
        },
        staleTime: staleTime.live,
      }),
  }
}
