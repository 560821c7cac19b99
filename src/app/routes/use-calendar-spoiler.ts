import { useQuery } from '@tanstack/react-query'
import type { IsSpoiler } from '@/features/calendar/components/calendar-entry'
import { syncQueries } from '@/features/sync/api/sync-queries'
import { isEpisodeWatchedIn } from '@/features/sync/api/user-state'
import { useSession } from '@/lib/auth/session'
import { useSpoilerShield } from '@/lib/spoilers'

/**
 * The calendar's spoiler shield, from sync's watched shows: an episode's title hides when the user is signed in,
 * the shield is on and they have not watched it (until the watched list arrives, nothing counts as watched).
 */
export function useCalendarSpoiler(): IsSpoiler {
  const session = useSession()
  const { enabled } = useSpoilerShield()
  const isOn = session.status === 'signed-in' && enabled
  const watched = useQuery({ ...syncQueries.watchedShows(), enabled: isOn })
  return (showId, season, episode) =>
    isOn && (showId === null || !isEpisodeWatchedIn(watched.data, showId, season, episode))
}
