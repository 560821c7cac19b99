import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { defaultPathSerializer } from '@/lib/trakt/typed-client'
import { withMeta } from '@/lib/trakt/client'
import { extended } from '@/lib/trakt/params'
import type { PageMeta } from '@/lib/trakt/pagination'
import { trakt } from '@/lib/trakt/trakt'
import { staleTime } from '@/lib/stale'
import { escapeSolr } from '../lib/escape-solr'
import type { IdType, SearchType } from '../lib/search-types'
import { mapSearchResults, type SearchResultModel } from './map-search-result'

export const SEARCH_PAGE_SIZE = 20

export type SearchPage = { items: SearchResultModel[]; pagination: PageMeta | undefined }

export type TextSearch = {
  query: string
  types: SearchType[]
  /** Empty: Trakt's default fields. */
  fields: string[]
  /** Send the query as typed, Solr operators and all. */
  isAdvancedSyntax: boolean
}

/** Query factories for Trakt search: text queries (paged) and ID lookups. */
const all = () => ['search'] as const

export const searchQueries = {
  all,

  text: ({ query, types, fields, isAdvancedSyntax }: TextSearch) => {
    const sent = isAdvancedSyntax ? query.trim() : escapeSolr(query)
    return infiniteQueryOptions({
      queryKey: [...all(), 'text', types.join(','), sent, fields.join(',')] as const,
      queryFn: async ({ pageParam, signal }): Promise<SearchPage> => {
        // `fields` is documented but missing from the contract; a bag built apart from the call carries it.
        const search: { query: string; extended: string; page: number; limit: number } = {
          query: sent,
          extended: extended('full', 'images'),
          page: pageParam,
          limit: SEARCH_PAGE_SIZE,
          ...(fields.length > 0 ? { fields: fields.join(',') } : {}),
        }
        const result = await trakt().GET('/search/{type}', {
          // Several types go in the path comma-joined (`/search/movie,show`); the contract types only one.
          params: { path: { type: types[0] ?? 'movie' }, query: search },
          pathSerializer: (pathname, params) =>
            defaultPathSerializer(
              pathname.replace('{type}', types.map(encodeURIComponent).join(',')),
              params,
            ),
          signal,
        })
        const { data, meta } = withMeta(result)
        return { items: mapSearchResults(data), pagination: meta.pagination }
      },
      initialPageParam: 1,
      getNextPageParam: (last) => {
        const meta = last.pagination
        if (!meta || last.items.length === 0) return undefined
        return meta.page < meta.pageCount ? meta.page + 1 : undefined
      },
      staleTime: staleTime.search,
    })
  },

  /** `/search/{id_type}/{id}`, optionally narrowed to one type (`?type=movie`). */
  lookup: (idType: IdType, id: string, type?: SearchType) =>
    queryOptions({
      queryKey: [...all(), 'lookup', idType, id, type ?? null] as const,
      queryFn: async ({ signal }) => {
        const result = await trakt().GET('/search/{id_type}/{id}', {
          params: {
            path: { id_type: idType, id },
            query: { extended: extended('full', 'images'), limit: 50, ...(type ? { type } : {}) },
          },
          signal,
        })
        return mapSearchResults(withMeta(result).data)
      },
      staleTime: staleTime.search,
    }),
}
