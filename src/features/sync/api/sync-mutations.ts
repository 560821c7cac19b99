import type { QueryKey } from '@tanstack/react-query'
import { useTraktMutation } from '@/lib/mutation'
import { trakt } from '@/lib/trakt/trakt'
import { pluralOf, syncBody, type EpisodeRef, type SyncBody, type TitleItem } from './sync-item'
import type { CollectionMetadata } from './sync-queries'
import {
  addCollected,
  addEpisodePlays,
  addListItem,
  addMoviePlay,
  addWatchlistEntry,
  removeAllPlays,
  removeCollected,
  removeEntry,
  setRatingEntry,
} from './user-state'

// Every write of the title actions. Bodies follow the reference exactly: `{ movies: [{ ids: { trakt } , ...}] }`.
// The contract types each body as a wide union of id shapes; ours are built by `syncBody`, hence the casts.

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
  checkIn: 'Could not check in.',
  cancelCheckIn: 'Could not cancel the check-in.',
  hide: {
    recommendations: 'Could not hide it from recommendations.',
    calendar: 'Could not hide it from your calendar.',
    progress_watched: 'Could not hide it from your progress.',
  },
} as const

type ItemVars = { item: TitleItem }

const nowIso = () => new Date().toISOString()
const watchlistKey = (item: TitleItem): QueryKey => ['sync', 'watchlist', pluralOf[item.type]]
const ratingsKey = (item: TitleItem): QueryKey => ['sync', 'ratings', pluralOf[item.type]]
const watchedKey = (item: TitleItem): QueryKey => [
  'sync',
  'watched',
  item.type === 'movie' ? 'movies' : 'shows',
]
const collectionKey = (item: TitleItem): QueryKey => [
  'sync',
  'collection',
  item.type === 'movie' ? 'movies' : 'shows',
]
const listItemsKey = (listId: number): QueryKey => ['lists', 'mine', listId, 'items']

export function useAddToWatchlist() {
  return useTraktMutation<ItemVars>({
    mutationKey: ['sync', 'watchlist'],
    mutationFn: async ({ item }) =>
      (await trakt().POST('/sync/watchlist', { body: syncBody(item) as never })).data,
    optimistic: ({ item }) => [
      { queryKey: watchlistKey(item), update: (old) => addWatchlistEntry(old, item, nowIso()) },
    ],
    invalidates: ({ item }) => [watchlistKey(item)],
    errorMessage: syncErrors.addToWatchlist,
  })
}

export function useRemoveFromWatchlist() {
  return useTraktMutation<ItemVars>({
    mutationKey: ['sync', 'watchlist'],
    mutationFn: async ({ item }) =>
      (await trakt().POST('/sync/watchlist/remove', { body: syncBody(item) as never })).data,
    optimistic: ({ item }) => [{ queryKey: watchlistKey(item), update: (old) => removeEntry(old, item) }],
    invalidates: ({ item }) => [watchlistKey(item)],
    errorMessage: syncErrors.removeFromWatchlist,
  })
}

export function useRateItem() {
  return useTraktMutation<ItemVars & { rating: number }>({
    mutationKey: ['sync', 'ratings'],
    mutationFn: async ({ item, rating }) =>
      (await trakt().POST('/sync/ratings', { body: syncBody(item, { rating }) as never })).data,
    optimistic: ({ item, rating }) => [
      { queryKey: ratingsKey(item), update: (old) => setRatingEntry(old, item, rating, nowIso()) },
    ],
    invalidates: ({ item }) => [ratingsKey(item)],
    errorMessage: syncErrors.rate,
  })
}

export function useRemoveRating() {
  return useTraktMutation<ItemVars>({
    mutationKey: ['sync', 'ratings'],
    mutationFn: async ({ item }) =>
      (await trakt().POST('/sync/ratings/remove', { body: syncBody(item) as never })).data,
    optimistic: ({ item }) => [{ queryKey: ratingsKey(item), update: (old) => removeEntry(old, item) }],
    invalidates: ({ item }) => [ratingsKey(item)],
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
export function markWatchedBody({ item, watchedAt, episodes = [], upTo }: MarkWatchedVars): SyncBody {
  if ((item.type === 'show' || item.type === 'season') && upTo) {
    const showIds = item.type === 'show' ? item.ids : item.show!.ids
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

export function useMarkWatched() {
  return useTraktMutation<MarkWatchedVars>({
    mutationKey: ['sync', 'history'],
    mutationFn: async (vars) =>
      (await trakt().POST('/sync/history', { body: markWatchedBody(vars) as never })).data,
    optimistic: (vars) => {
      const { item, watchedAt, episodes = [] } = vars
      const released = item.type === 'movie' ? item.released : item.first_aired
      const at =
        watchedAt === 'released' ? (released ? new Date(released).toISOString() : nowIso()) : watchedAt
      const refs =
        item.type === 'episode' ? [{ season: item.show!.season, number: item.show!.episode! }] : episodes
      return [
        {
          queryKey: watchedKey(item),
          update: (old) =>
            item.type === 'movie' ? addMoviePlay(old, item, at) : addEpisodePlays(old, item, refs, at),
        },
      ]
    },
    // Watching removes the item from the watchlist on Trakt's side, so that is refetched too.
    invalidates: ({ item }) => [watchedKey(item), ['sync', 'history'], ['sync', 'watchlist'], ['progress']],
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
      const body = historyId !== undefined ? { ids: [historyId] } : syncBody(item)
      return (await trakt().POST('/sync/history/remove', { body: body as never })).data
    },
    optimistic: ({ item, historyId }) =>
      historyId !== undefined
        ? [
            {
              queryKey: ['sync', 'history', pluralOf[item.type], item.ids.trakt],
              update: (old) =>
                Array.isArray(old) ? old.filter((entry: { id: number }) => entry.id !== historyId) : old,
            },
          ]
        : [{ queryKey: watchedKey(item), update: (old) => removeAllPlays(old, item) }],
    invalidates: ({ item }) => [watchedKey(item), ['sync', 'history'], ['progress']],
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
      (await trakt().POST('/sync/collection', { body: syncBody(item, metadata) as never })).data,
    optimistic: ({ item, metadata, episodes = [] }) => [
      {
        queryKey: collectionKey(item),
        update: (old) => addCollected(old, item, metadata, episodes, nowIso()),
      },
    ],
    invalidates: ({ item }) => [collectionKey(item)],
    errorMessage: syncErrors.addToCollection,
  })
}

export function useRemoveFromCollection() {
  return useTraktMutation<ItemVars>({
    mutationKey: ['sync', 'collection'],
    mutationFn: async ({ item }) =>
      (await trakt().POST('/sync/collection/remove', { body: syncBody(item) as never })).data,
    optimistic: ({ item }) => [
      { queryKey: collectionKey(item), update: (old) => removeCollected(old, item) },
    ],
    invalidates: ({ item }) => [collectionKey(item)],
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
          body: syncBody(item) as never,
        })
      ).data,
    optimistic: ({ item, listId }) => [
      { queryKey: listItemsKey(listId), update: (old) => addListItem(old, item, nowIso()) },
    ],
    invalidates: ({ listId }) => [listItemsKey(listId), ['lists', 'mine']],
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
          body: syncBody(item) as never,
        })
      ).data,
    optimistic: ({ item, listId }) => [
      { queryKey: listItemsKey(listId), update: (old) => removeEntry(old, item) },
    ],
    invalidates: ({ listId }) => [listItemsKey(listId), ['lists', 'mine']],
    errorMessage: syncErrors.removeFromList,
  })
}

/** The check-in body: `{ movie: { ids } }` or `{ episode: { ids } }`. */
export function checkInBody(item: TitleItem) {
  return { [item.type === 'movie' ? 'movie' : 'episode']: { ids: { trakt: item.ids.trakt } } }
}

export function useCheckIn() {
  return useTraktMutation<ItemVars>({
    mutationKey: ['checkin'],
    mutationFn: async ({ item }) =>
      (await trakt().POST('/checkin', { body: checkInBody(item) as never })).data,
    invalidates: [
      ['users', 'me', 'watching'],
      ['sync', 'history'],
    ],
    errorMessage: syncErrors.checkIn,
  })
}

export function useCancelCheckIn() {
  return useTraktMutation<void>({
    mutationKey: ['checkin'],
    mutationFn: async () => {
      await trakt().DELETE('/checkin')
    },
    invalidates: [['users', 'me', 'watching']],
    errorMessage: syncErrors.cancelCheckIn,
  })
}

export type HideSection = 'recommendations' | 'calendar' | 'progress_watched'

const hiddenInvalidates: Record<HideSection, QueryKey[]> = {
  recommendations: [['recommendations']],
  calendar: [['calendar'], ['users', 'hidden', 'calendar']],
  progress_watched: [['progress'], ['users', 'hidden', 'progress_watched']],
}

/** Hides a movie or show from recommendations (DELETE), or a show from the calendar or progress (hidden items). */
export function useHideItem(section: HideSection) {
  return useTraktMutation<ItemVars>({
    mutationKey: ['users', 'hidden', section],
    mutationFn: async ({ item }) => {
      if (section === 'recommendations') {
        const id = String(item.ids.trakt)
        if (item.type === 'movie')
          await trakt().DELETE('/recommendations/movies/{id}', { params: { path: { id } } })
        else await trakt().DELETE('/recommendations/shows/{id}', { params: { path: { id } } })
        return
      }
      await trakt().POST('/users/hidden/{section}', {
        params: { path: { section } },
        body: syncBody(item) as never,
      })
    },
    invalidates: hiddenInvalidates[section],
    errorMessage: syncErrors.hide[section],
  })
}
