import { patchQuery, useTraktMutation } from '@/lib/mutation'
import { trakt } from '@/lib/trakt/trakt'
import type { HistoryFilters } from '../lib/history-filters'
import type { HistoryPlay } from './map-history'
import { historyQueries } from './history-queries'

export const historyErrors = {
  removePlay: 'Could not remove the play.',
  addPlay: 'Could not add the play.',
} as const

/** Removes one play by its history id: `POST /sync/history/remove` with `{ ids: [id] }`. */
export function useRemoveHistoryPlay(filters: HistoryFilters) {
  return useTraktMutation<{ play: HistoryPlay }>({
    // The sync feature's history writes share this key, so only the last of them refetches.
    mutationKey: ['sync', 'history'],
    mutationFn: async ({ play }) =>
      (await trakt().POST('/sync/history/remove', { body: { ids: [play.id] } })).data,
    optimistic: ({ play }) => [
      patchQuery(historyQueries.list(filters), (old) => ({
        ...old,
        pages: old.pages.map((page) => ({ ...page, plays: page.plays.filter((p) => p.id !== play.id) })),
      })),
    ],
    // Every history list and one-item history, and the watched state the title pages show.
    invalidates: [historyQueries.all(), ['sync', 'watched']],
    errorMessage: historyErrors.removePlay,
  })
}

/**
 * Records another play of a movie or episode at the reader's date: `POST /sync/history` with its Trakt id and
 * `watched_at`. Nothing optimistic: the new play's history id (what Remove sends) exists only once Trakt answers.
 */
export function useAddHistoryPlay() {
  return useTraktMutation<{ play: HistoryPlay & { traktId: number }; watchedAt: string }>({
    mutationKey: ['sync', 'history'],
    mutationFn: async ({ play, watchedAt }) => {
      const entry = [{ ids: { trakt: play.traktId }, watched_at: watchedAt }]
      const body = play.type === 'movie' ? { movies: entry } : { episodes: entry }
      return (await trakt().POST('/sync/history', { body })).data
    },
    // Every history list, and the watched state and progress the title pages show.
    invalidates: [historyQueries.all(), ['sync', 'watched']],
    errorMessage: historyErrors.addPlay,
  })
}
