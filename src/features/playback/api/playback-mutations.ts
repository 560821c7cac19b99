import { patchQuery, useTraktMutation } from '@/lib/mutation'
import { trakt } from '@/lib/trakt/trakt'
import type { PlaybackEntry } from './map-playback'
import { playbackQueries } from './playback-queries'

export const playbackErrors = { remove: 'Could not remove it from Continue watching.' } as const

type RemoveVars = { entry: PlaybackEntry & { id: number } }

/**
 * Forgets one paused position: `DELETE /sync/playback/{id}`. It leaves the list at once (the full list and the
 * `limit` one the caller shows) and comes back if Trakt refuses.
 */
export function useRemovePlayback(limit?: number) {
  return useTraktMutation<RemoveVars>({
    mutationKey: ['sync', 'playback'],
    mutationFn: async ({ entry }) => {
      await trakt().DELETE('/sync/playback/{id}', { params: { path: { id: entry.id } } })
    },
    optimistic: ({ entry }) =>
      [...new Set([undefined, limit])].map((l) =>
        patchQuery(playbackQueries.list(l), (old) => old.filter((e) => e.id !== entry.id)),
      ),
    invalidates: [playbackQueries.all()],
    errorMessage: playbackErrors.remove,
  })
}
