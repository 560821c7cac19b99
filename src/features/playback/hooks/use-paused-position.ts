import { useQuery } from '@tanstack/react-query'
import { useSession } from '@/lib/auth/session'
import { playbackQueries } from '../api/playback-queries'

/**
 * Where the signed-in user paused this movie or episode (`/sync/playback`), as a percentage: null when it is not
 * paused, undefined while unknown (signed out, loading, failed). The watch timer resumes from it.
 */
export function usePausedPosition(item: {
  type: 'movie' | 'episode'
  traktId: number
}): number | null | undefined {
  const session = useSession()
  const { data } = useQuery({
    ...playbackQueries.list(),
    enabled: session.status === 'signed-in',
    select: (entries) =>
      entries.find((e) => e.type === item.type && e.traktId === item.traktId)?.progress ?? null,
  })
  return data
}
