import { queryOptions } from '@tanstack/react-query'
import { staleTime } from '@/lib/stale'
import { trakt } from '@/lib/trakt/trakt'
import {
  mapCollectionMovies,
  mapCollectionShows,
  mapHistory,
  mapListItems,
  mapRatings,
  mapSeasonsWithEpisodes,
  mapUserLists,
  mapWatchedMovies,
  mapWatchedShows,
  mapWatchlist,
} from './map-user-state'
import type { SyncListType } from './sync-item'

// Trakt's path takes an optional rating filter; the contract requires the segment, so we ask for every rating.
const ALL_RATINGS = '1,2,3,4,5,6,7,8,9,10'

const syncRoot = () => ['sync'] as const

/**
 * The signed-in user's own record, one query per type; per-item state is derived with `select`. Keys:
 * ['sync', kind, type], so ['sync', 'watchlist'] reaches every type's watchlist.
 */
export const syncQueries = {
  all: syncRoot,

  watchlist: (type: SyncListType) =>
    queryOptions({
      queryKey: [...syncRoot(), 'watchlist', type] as const,
      queryFn: async ({ signal }) => {
        const { data } = await trakt().GET('/sync/watchlist/{type}/{sort_by}/{sort_how}', {
          params: { path: { type, sort_by: 'rank', sort_how: 'asc' } },
          signal,
        })
        return mapWatchlist(data)
      },
      staleTime: staleTime.user,
    }),

  ratings: (type: SyncListType) =>
    queryOptions({
      queryKey: [...syncRoot(), 'ratings', type] as const,
      queryFn: async ({ signal }) => {
        const { data } = await trakt().GET('/sync/ratings/{type}/{rating}', {
          params: { path: { type, rating: ALL_RATINGS } },
          signal,
        })
        return mapRatings(data)
      },
      staleTime: staleTime.user,
    }),

  watchedMovies: () =>
    queryOptions({
      queryKey: [...syncRoot(), 'watched', 'movies'] as const,
      queryFn: async ({ signal }) => {
        const { data } = await trakt().GET('/sync/watched/{type}', {
          params: { path: { type: 'movies' } },
          signal,
        })
        return mapWatchedMovies(data)
      },
      staleTime: staleTime.user,
    }),

  watchedShows: () =>
    queryOptions({
      queryKey: [...syncRoot(), 'watched', 'shows'] as const,
      queryFn: async ({ signal }) => {
        const { data } = await trakt().GET('/sync/watched/{type}', {
          params: { path: { type: 'shows' } },
          signal,
        })
        return mapWatchedShows(data)
      },
      staleTime: staleTime.user,
    }),

  collectionMovies: () =>
    queryOptions({
      queryKey: [...syncRoot(), 'collection', 'movies'] as const,
      queryFn: async ({ signal }) => {
        const { data } = await trakt().GET('/sync/collection/{type}', {
          params: { path: { type: 'movies' }, query: { extended: 'metadata' } },
          signal,
        })
        return mapCollectionMovies(data)
      },
      staleTime: staleTime.user,
    }),

  collectionShows: () =>
    queryOptions({
      queryKey: [...syncRoot(), 'collection', 'shows'] as const,
      queryFn: async ({ signal }) => {
        const { data } = await trakt().GET('/sync/collection/{type}', {
          params: { path: { type: 'shows' }, query: { extended: 'metadata' } },
          signal,
        })
        return mapCollectionShows(data)
      },
      staleTime: staleTime.user,
    }),

  /** One item's plays, newest first (the remove-plays dialog). */
  history: (type: SyncListType, id: number) =>
    queryOptions({
      queryKey: [...syncRoot(), 'history', type, id] as const,
      queryFn: async ({ signal }) => {
        const { data } = await trakt().GET('/sync/history/{type}/{id}', {
          params: { path: { type, id: String(id) }, query: { limit: 100 } },
          signal,
        })
        return mapHistory(data)
      },
      staleTime: staleTime.user,
    }),

  /** A show's seasons with their episodes and air dates (for "watched up to" and optimistic patches). */
  showEpisodes: (showId: number) =>
    queryOptions({
      queryKey: [...syncRoot(), 'show-episodes', showId] as const,
      queryFn: async ({ signal }) => {
        const { data } = await trakt().GET('/shows/{id}/seasons', {
          params: { path: { id: String(showId) }, query: { extended: 'full,episodes' } },
          signal,
        })
        return mapSeasonsWithEpisodes(data)
      },
      staleTime: staleTime.summary,
    }),
}

const listsRoot = () => ['lists', 'mine'] as const

/** The signed-in user's own custom lists. Keys: ['lists', 'mine', ...]. */
export const listQueries = {
  all: listsRoot,

  mine: () =>
    queryOptions({
      queryKey: [...listsRoot(), 'index'] as const,
      queryFn: async ({ signal }) => {
        const { data } = await trakt().GET('/users/{id}/lists', { params: { path: { id: 'me' } }, signal })
        return mapUserLists(data)
      },
      staleTime: staleTime.user,
    }),

  items: (listId: number) =>
    queryOptions({
      queryKey: [...listsRoot(), 'items', listId] as const,
      queryFn: async ({ signal }) => {
        const { data } = await trakt().GET('/users/{id}/lists/{list_id}/items/movie,show,season,episode', {
          params: { path: { id: 'me', list_id: String(listId) } },
          signal,
        })
        return mapListItems(data)
      },
      staleTime: staleTime.user,
    }),
}
