import type { QueryKey } from '@tanstack/react-query'
import { patchQuery, useTraktMutation } from '@/lib/mutation'
import { trakt } from '@/lib/trakt/trakt'
import type { CollectionMetadata } from './map-user-state'
import { pluralOf, syncBody, type EpisodeRef, type RequestBody, type TitleItem } from './sync-item'
import { listQueries, syncQueries } from './sync-queries'
import {
  addCollectedMovie,
  addCollectedShowItem,
  addEpisodePlays,
  addListItem,
  addMoviePlay,
  addWatchlistEntry,
  removeCollectedMovie,
  removeCollectedShowItem,
  removeEntry,
  removeMoviePlays,
  removeShowPlays,
  setRatingEntry,
} from './user-state'

// Every write of the title actions. Bodies follow the reference exactly (`{ movies: [{ ids: { trakt }, ... }] }`)
// and are checked against the contract's request body types.

/** What each failed write says (with Trakt's reason appended), in the notice and next to its control. */
export const syncErrors = {
  addToWatchlist: 'Could not add to your watchlist.',
  removeFromWatchlist: 'Could not remove from your watchlist.',
  rate: 'Could not save your rating.',
  removeRating: 'Could not remove your rating.',
  markWatched: 'Could not mark as watched.',
  removePlays: 'Could not remove the plays.',
  addToCollection: 'Could not add to your collection.',
  removeFromCollection: 'Could not remove from your collection.',
  addToList: 'Could not add to the list.',
  removeFromList: 'Could not remove from the list.',
  hide: {
    calendar: 'Could not hide it from your calendar.',
    progress_watched: 'Could not hide it from your progress.',
  },
} as const

// What the writes make stale, as prefixes of the factories' keys (each reaches every type of its kind).
const watchlistKey: QueryKey = [...syncQueries.all(), 'watchlist']
const ratingsKey: QueryKey = [...syncQueries.all(), 'ratings']
const watchedKey: QueryKey = [...syncQueries.all(), 'watched']
const collectionKey: QueryKey = [...syncQueries.all(), 'collection']
const historyKey: QueryKey = [...syncQueries.all(), 'history']

type ItemVars = { item: TitleItem }

const nowIso = () => new Date().toISOString()

export function useAddToWatchlist() {
  return useTraktMutation<ItemVars>({
    mutationKey: ['sync', 'watchlist'],
    mutationFn: async ({ item }) =>
      (await trakt().POST('/sync/watchlist', { body: syncBody(item, {}) })).data,
    optimistic: ({ item }) => [
      patchQuery(syncQueries.watchlist(pluralOf[item.type]), (old) => addWatchlistEntry(old, item, nowIso())),
    ],
    invalidates: [watchlistKey],
    errorMessage: syncErrors.addToWatchlist,
  })
}

export function useRemoveFromWatchlist() {
  return useTraktMutation<ItemVars>({
    mutationKey: ['sync', 'watchlist'],
    mutationFn: async ({ item }) =>
      (await trakt().POST('/sync/watchlist/remove', { body: syncBody(item, {}) })).data,
    optimistic: ({ item }) => [
      patchQuery(syncQueries.watchlist(pluralOf[item.type]), (old) => removeEntry(old, item)),
    ],
    invalidates: [watchlistKey],
    errorMessage: syncErrors.removeFromWatchlist,
  })
}

export function useRateItem() {
  return useTraktMutation<ItemVars & { rating: number }>({
    mutationKey: ['sync', 'ratings'],
    mutationFn: async ({ item, rating }) =>
      (await trakt().POST('/sync/ratings', { body: syncBody(item, { rating }) })).data,
    optimistic: ({ item, rating }) => [
      patchQuery(syncQueries.ratings(pluralOf[item.type]), (old) =>
        setRatingEntry(old, item, rating, nowIso()),
      ),
    ],
    invalidates: [ratingsKey],
    errorMessage: syncErrors.rate,
  })
}

export function useRemoveRating() {
  return useTraktMutation<ItemVars>({
    mutationKey: ['sync', 'ratings'],
    mutationFn: async ({ item }) =>
      (await trakt().POST('/sync/ratings/remove', { body: syncBody(item, {}) })).data,
    optimistic: ({ item }) => [
      patchQuery(syncQueries.ratings(pluralOf[item.type]), (old) => removeEntry(old, item)),
    ],
    invalidates: [ratingsKey],
    errorMessage: syncErrors.removeRating,
  })
}

export type MarkWatchedVars = ItemVars & {
  /** An ISO datetime, or "released" for the release / air date. */
  watchedAt: string
  /**
   * Shows and seasons: the aired episodes this marks. With `upTo` they are sent explicitly (show, seasons,
   * episodes); without it Trakt marks every episode and the list only feeds the optimistic update.
   */
  episodes?: EpisodeRef[]
  upTo?: EpisodeRef | null
}

/** The history body: one movie/episode, a whole show or season, or a show with explicit seasons and episodes. */
export function markWatchedBody({
  item,
  watchedAt,
  episodes = [],
  upTo,
}: MarkWatchedVars): RequestBody<'/sync/history', 'post'> {
  if ((item.type === 'show' || item.type === 'season') && upTo) {
    const showIds = item.type === 'show' ? item.ids : item.show.ids
    const bySeason = new Map<number, { number: number }[]>()
    for (const ref of episodes)
      bySeason.set(ref.season, [...(bySeason.get(ref.season) ?? []), { number: ref.number }])
    const seasons = [...bySeason.entries()]
      .sort(([a], [b]) => a - b)
      .map(([number, eps]) => ({ number, episodes: eps }))
    return { shows: [{ ids: { trakt: showIds.trakt }, watched_at: watchedAt, seasons }] }
  }
  return syncBody(item, { watched_at: watchedAt })
}

/** The moment a "released" play is shown at until Trakt answers: the release or air date, or now. */
function playedAt({ item, watchedAt }: MarkWatchedVars): string {
  if (watchedAt !== 'released') return watchedAt
  const released = item.type === 'movie' ? item.released : item.first_aired
  return released ? new Date(released).toISOString() : nowIso()
}

export function useMarkWatched() {
  return useTraktMutation<MarkWatchedVars>({
    mutationKey: ['sync', 'history'],
    mutationFn: async (vars) => (await trakt().POST('/sync/history', { body: markWatchedBody(vars) })).data,
    optimistic: (vars) => {
      const { item, episodes = [] } = vars
      const at = playedAt(vars)
      if (item.type === 'movie')
        return [patchQuery(syncQueries.watchedMovies(), (old) => addMoviePlay(old, item, at))]
      const refs =
        item.type === 'episode' ? [{ season: item.show.season, number: item.show.episode }] : episodes
      return [patchQuery(syncQueries.watchedShows(), (old) => addEpisodePlays(old, item, refs, at))]
    },
    // Watching removes the item from the watchlist on Trakt's side, so that is refetched too.
    invalidates: [watchedKey, historyKey, watchlistKey],
    errorMessage: syncErrors.markWatched,
  })
}

export type RemovePlaysVars = ItemVars & {
  /** One play from the item's history; without it every play goes. */ historyId?: number
}

export function useRemovePlays() {
  return useTraktMutation<RemovePlaysVars>({
    mutationKey: ['sync', 'history'],
    mutationFn: async ({ item, historyId }) => {
      const body = historyId !== undefined ? { ids: [historyId] } : syncBody(item, {})
      return (await trakt().POST('/sync/history/remove', { body })).data
    },
    optimistic: ({ item, historyId }) => {
      if (historyId !== undefined)
        return [
          patchQuery(syncQueries.history(pluralOf[item.type], item.ids.trakt), (old) =>
            old.filter((entry) => entry.id !== historyId),
          ),
        ]
      if (item.type === 'movie')
        return [patchQuery(syncQueries.watchedMovies(), (old) => removeMoviePlays(old, item))]
      return [patchQuery(syncQueries.watchedShows(), (old) => removeShowPlays(old, item))]
    },
    invalidates: [watchedKey, historyKey],
    errorMessage: syncErrors.removePlays,
  })
}

export type AddToCollectionVars = ItemVars & {
  metadata: CollectionMetadata
  /** Seasons and shows: episodes for the optimistic update. */ episodes?: EpisodeRef[]
}

export function useAddToCollection() {
  return useTraktMutation<AddToCollectionVars>({
    mutationKey: ['sync', 'collection'],
    mutationFn: async ({ item, metadata }) =>
      (await trakt().POST('/sync/collection', { body: syncBody(item, metadata) })).data,
    optimistic: ({ item, metadata, episodes = [] }) => {
      const at = nowIso()
      if (item.type === 'movie')
        return [
          patchQuery(syncQueries.collectionMovies(), (old) => addCollectedMovie(old, item, metadata, at)),
        ]
      return [
        patchQuery(syncQueries.collectionShows(), (old) =>
          addCollectedShowItem(old, item, metadata, episodes, at),
        ),
      ]
    },
    invalidates: [collectionKey],
    errorMessage: syncErrors.addToCollection,
  })
}

export function useRemoveFromCollection() {
  return useTraktMutation<ItemVars>({
    mutationKey: ['sync', 'collection'],
    mutationFn: async ({ item }) =>
      (await trakt().POST('/sync/collection/remove', { body: syncBody(item, {}) })).data,
    optimistic: ({ item }) =>
      item.type === 'movie'
        ? [patchQuery(syncQueries.collectionMovies(), (old) => removeCollectedMovie(old, item))]
        : [patchQuery(syncQueries.collectionShows(), (old) => removeCollectedShowItem(old, item))],
    invalidates: [collectionKey],
    errorMessage: syncErrors.removeFromCollection,
  })
}

type ListVars = ItemVars & { listId: number }

export function useAddToList() {
  return useTraktMutation<ListVars>({
    mutationKey: ['lists', 'items'],
    mutationFn: async ({ item, listId }) =>
      (
        await trakt().POST('/users/{id}/lists/{list_id}/items', {
          params: { path: { id: 'me', list_id: String(listId) } },
          body: syncBody(item, {}),
        })
      ).data,
    optimistic: ({ item, listId }) => [
      patchQuery(listQueries.items(listId), (old) => addListItem(old, item, nowIso())),
    ],
    // The list's items and the lists themselves (their item counts).
    invalidates: [listQueries.all()],
    errorMessage: syncErrors.addToList,
  })
}

export function useRemoveFromList() {
  return useTraktMutation<ListVars>({
    mutationKey: ['lists', 'items'],
    mutationFn: async ({ item, listId }) =>
      (
        await trakt().POST('/users/{id}/lists/{list_id}/items/remove', {
          params: { path: { id: 'me', list_id: String(listId) } },
          body: syncBody(item, {}),
        })
      ).data,
    optimistic: ({ item, listId }) => [
      patchQuery(listQueries.items(listId), (old) => removeEntry(old, item)),
    ],
    invalidates: [listQueries.all()],
    errorMessage: syncErrors.removeFromList,
  })
}

export type HideSection = 'calendar' | 'progress_watched'

/**
 * Hides a show from the calendar or from progress (hidden items). The progress page reads the hidden shows under
 * ['users', 'me', 'hidden', section], so that goes stale.
 */
export function useHideItem(section: HideSection) {
  return useTraktMutation<ItemVars>({
    mutationKey: ['users', 'hidden', section],
    mutationFn: async ({ item }) =>
      (
        await trakt().POST('/users/hidden/{section}', {
          params: { path: { section } },
          body: syncBody(item, {}),
        })
      ).data,
    invalidates: [['users', 'me', 'hidden', section]],
    errorMessage: syncErrors.hide[section],
  })
}
