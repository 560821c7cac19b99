import { queryOptions } from '@tanstack/react-query'
import { pageQuery, staleTime } from '@/lib/stale'
import { withMeta } from '@/lib/trakt/client'
import { trakt } from '@/lib/trakt/trakt'
import { mapLists } from '@/lib/media/map-lists'
import { mapCredits, mapToPerson } from './map-to-person'

// The contract spells the summary path with a trailing slash (`/people/{id}/`); Trakt's documented form has none.
const PERSON = '/people/{id}' as '/people/{id}/'

export const LISTS_LIMIT = 10

const all = () => ['people'] as const

export const personQueries = {
  all,

  detail: (slug: string) =>
    queryOptions({
      queryKey: [...all(), 'detail', slug] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET(PERSON, {
          params: { path: { id: slug }, query: { extended: 'full,images' } },
          signal,
        })
        return mapToPerson(result.data)
      },
      staleTime: staleTime.summary,
      ...pageQuery,
    }),

  movies: (slug: string) =>
    queryOptions({
      queryKey: [...all(), 'movies', slug] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/people/{id}/movies', {
          params: { path: { id: slug }, query: { extended: 'images' } },
          signal,
        })
        return mapCredits(result.data, 'movie')
      },
      staleTime: staleTime.summary,
    }),

  shows: (slug: string) =>
    queryOptions({
      queryKey: [...all(), 'shows', slug] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/people/{id}/shows', {
          params: { path: { id: slug }, query: { extended: 'images' } },
          signal,
        })
        return mapCredits(result.data, 'show')
      },
      staleTime: staleTime.summary,
    }),

  lists: (slug: string) =>
    queryOptions({
      queryKey: [...all(), 'lists', slug] as const,
      queryFn: async ({ signal }) => {
        const result = withMeta(
          await trakt().GET('/people/{id}/lists/{type}/{sort}', {
            params: { path: { id: slug, type: 'personal', sort: 'popular' }, query: { limit: LISTS_LIMIT } },
            signal,
          }),
        )
        const lists = mapLists(result.data)
        return { lists, total: result.meta.pagination?.itemCount ?? lists.length }
      },
      staleTime: staleTime.social,
    }),
}
