import { queryOptions } from '@tanstack/react-query'
import { staleTime } from '@/lib/stale'
import { trakt } from '@/lib/trakt/trakt'
import { mapWatching } from './map-watching'

/**
 * "Watching now" (`/users/{id}/watching`): a check-in or a scrobble, null when Trakt answers 204. Keys:
 * ['watching', user], with 'me' for the signed-in user's own (the header, the title pages). The root is the
 * invalidation vocabulary of every write that starts or ends one: check-in, cancel, the watch timer's scrobbles.
 */
export const watchingQueries = {
  all: () => ['watching'] as const,

  user: (user: string) =>
    queryOptions({
      queryKey: [...watchingQueries.all(), user] as const,
      queryFn: async ({ signal }) => {
        const { data } = await trakt().GET('/users/{id}/watching', { params: { path: { id: user } }, signal })
        return mapWatching(data)
      },
      staleTime: staleTime.live,
    }),
}
