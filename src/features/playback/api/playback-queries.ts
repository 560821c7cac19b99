import { queryOptions } from '@tanstack/react-query'
import { omitted, omitTrailingParams } from '@/lib/media/trailing-params'
import { staleTime } from '@/lib/stale'
import { trakt } from '@/lib/trakt/trakt'
import { mapPlayback } from './map-playback'

/**
 * The signed-in user's paused movies and episodes. Keys: ['sync', 'playback', 'list', limit | 'all']. The watch
 * timer's scrobbles change this list on Trakt's side (a start clears the item's position, a pause or an early stop
 * saves it), so they invalidate ['sync', 'playback'].
 */
export const playbackQueries = {
  all: () => ['sync', 'playback'] as const,

  /** The most recently paused first; `limit` asks Trakt for only that many (an "on deck" row), none for all. */
  list: (limit?: number) =>
    queryOptions({
      queryKey: [...playbackQueries.all(), 'list', limit ?? 'all'] as const,
      queryFn: async ({ signal }) => {
        const { data } = await trakt().GET('/sync/playback/{type}', {
          // Both types at once: the reference makes `{type}` optional, the contract's template does not.
          params: {
            path: { type: omitted },
            query: { extended: 'full,images', ...(limit !== undefined ? { limit } : {}) },
          },
          pathSerializer: omitTrailingParams,
          signal,
        })
        return mapPlayback(data)
      },
      staleTime: staleTime.live,
    }),
}
