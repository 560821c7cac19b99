import { queryOptions } from '@tanstack/react-query'
import { staleTime } from '@/lib/stale'
import { trakt } from '@/lib/trakt/trakt'
import type { SyncItemType, SyncListType, TraktIds } from './sync-item'

/** A movie, show, season or episode as the sync endpoints embed it. */
export type MediaRef = {
  title?: string | null
  year?: number | null
  ids: TraktIds
  season?: number
  number?: number
}

type Embeds = { movie?: MediaRef; show?: MediaRef; season?: MediaRef; episode?: MediaRef }

export type WatchlistEntry = Embeds & { rank?: number; id?: number; listed_at: string; type: SyncItemType }
export type RatingEntry = Embeds & { rated_at: string; rating: number; type?: SyncItemType }

export type WatchedEpisode = { number: number; plays: number; last_watched_at: string | null }
export type WatchedSeason = { number: number; episodes: WatchedEpisode[] }
export type WatchedMovieEntry = { plays: number; last_watched_at: string | null; movie: MediaRef }
export type WatchedShowEntry = {
  plays: number
  last_watched_at: string | null
  show: MediaRef
  seasons?: WatchedSeason[]
}

/** Media metadata a collection entry may carry. */
export type CollectionMetadata = {
  media_type?: string
  resolution?: string
  hdr?: string
  audio?: string
  audio_channels?: string
  '3d'?: boolean
}
export type CollectedEpisode = { number: number; collected_at: string; metadata?: CollectionMetadata }
export type CollectedSeason = { number: number; episodes: CollectedEpisode[] }
export type CollectionMovieEntry = {
  collected_at: string
  updated_at?: string
  movie: MediaRef
  metadata?: CollectionMetadata
}
export type CollectionShowEntry = { last_collected_at: string; show: MediaRef; seasons?: CollectedSeason[] }

export type HistoryEntry = Embeds & {
  id: number
  watched_at: string
  action: 'scrobble' | 'checkin' | 'watch' | string
  type: string
}

export type SeasonEpisode = {
  season: number
  number: number
  title?: string | null
  ids: TraktIds
  first_aired?: string | null
}
export type SeasonWithEpisodes = {
  number: number
  ids: TraktIds
  title?: string | null
  episodes?: SeasonEpisode[]
}

export type WatchedType = 'movies' | 'shows'
type WatchedEntry<T extends WatchedType> = T extends 'movies' ? WatchedMovieEntry : WatchedShowEntry
type CollectionEntry<T extends WatchedType> = T extends 'movies' ? CollectionMovieEntry : CollectionShowEntry

// Trakt's path takes an optional rating filter; the contract requires the segment, so we ask for every rating.
const ALL_RATINGS = '1,2,3,4,5,6,7,8,9,10'

/** The signed-in user's own record, one query per type; per-item state is derived with `select`. */
export const syncQueries = {
  watchlist: (type: SyncListType) =>
    queryOptions({
      queryKey: ['sync', 'watchlist', type] as const,
      queryFn: async () => {
        const { data } = await trakt().GET('/sync/watchlist/{type}/{sort_by}/{sort_how}', {
          params: { path: { type, sort_by: 'rank', sort_how: 'asc' } },
        })
        return (data ?? []) as unknown as WatchlistEntry[]
      },
      staleTime: staleTime.user,
    }),
  ratings: (type: SyncListType) =>
    queryOptions({
      queryKey: ['sync', 'ratings', type] as const,
      queryFn: async () => {
        const { data } = await trakt().GET('/sync/ratings/{type}/{rating}', {
          params: { path: { type, rating: ALL_RATINGS } },
        })
        return (data ?? []) as unknown as RatingEntry[]
      },
      staleTime: staleTime.user,
    }),
  watched: <T extends WatchedType>(type: T) =>
    queryOptions({
      queryKey: ['sync', 'watched', type] as const,
      queryFn: async () => {
        const { data } = await trakt().GET('/sync/watched/{type}', { params: { path: { type } } })
        return (data ?? []) as unknown as WatchedEntry<T>[]
      },
      staleTime: staleTime.user,
    }),
  collection: <T extends WatchedType>(type: T) =>
    queryOptions({
      queryKey: ['sync', 'collection', type] as const,
      queryFn: async () => {
        const { data } = await trakt().GET('/sync/collection/{type}', {
          params: { path: { type }, query: { extended: 'metadata' } },
        })
        return (data ?? []) as unknown as CollectionEntry<T>[]
      },
      staleTime: staleTime.user,
    }),
  history: (type: SyncListType, id: number) =>
    queryOptions({
      queryKey: ['sync', 'history', type, id] as const,
      queryFn: async () => {
        const { data } = await trakt().GET('/sync/history/{type}/{id}', {
          params: { path: { type, id: String(id) }, query: { limit: 100 } },
        })
        return (data ?? []) as unknown as HistoryEntry[]
      },
      staleTime: staleTime.user,
    }),
  /** A show's seasons with their episodes and air dates (for "watched up to" and optimistic patches). */
  seasons: (showId: number) =>
    queryOptions({
      queryKey: ['shows', 'seasons', showId, 'episodes'] as const,
      queryFn: async () => {
        const { data } = await trakt().GET('/shows/{id}/seasons', {
          params: { path: { id: String(showId) }, query: { extended: 'full,episodes' } },
        })
        return (data ?? []) as unknown as SeasonWithEpisodes[]
      },
      staleTime: staleTime.summary,
    }),
}

export type UserList = {
  name: string
  ids: { trakt: number; slug?: string | null }
  item_count?: number
  privacy?: string
}
export type ListItemEntry = Embeds & {
  id?: number
  rank?: number
  listed_at?: string
  type: SyncItemType | 'person'
}

/** The signed-in user's own custom lists. */
export const listQueries = {
  mine: () =>
    queryOptions({
      queryKey: ['lists', 'mine'] as const,
      queryFn: async () => {
        const { data } = await trakt().GET('/users/{id}/lists', { params: { path: { id: 'me' } } })
        return (data ?? []) as unknown as UserList[]
      },
      staleTime: staleTime.user,
    }),
  items: (listId: number) =>
    queryOptions({
      queryKey: ['lists', 'mine', listId, 'items'] as const,
      queryFn: async () => {
        const { data } = await trakt().GET('/users/{id}/lists/{list_id}/items/movie,show,season,episode', {
          params: { path: { id: 'me', list_id: String(listId) } },
        })
        return (data ?? []) as unknown as ListItemEntry[]
      },
      staleTime: staleTime.user,
    }),
}
