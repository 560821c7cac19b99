import { useQuery } from '@tanstack/react-query'
import { showQueries } from '@/features/shows/api/show-queries'
import { useWatchedEpisodes } from '@/features/sync/hooks/use-title-state'
import { useSession } from '@/lib/auth/session'
import { useSpoilerShield } from '@/lib/spoilers'

/**
 * The shows pages' `hideSpoiler`, composed from the spoiler shield (sync's watched episodes, the user's setting):
 * an episode could spoil when the user is signed in, the shield is on and they have not watched it. Until the
 * watched list arrives every episode counts as unwatched, so nothing flashes unblurred. Signed out, nothing hides.
 */
export function useHideSpoiler(slug: string): (season: number, episode: number) => boolean {
  const session = useSession()
  const { enabled } = useSpoilerShield()
  // Cached: the page loads the same show summary.
  const show = useQuery(showQueries.detail(slug))
  const isWatched = useWatchedEpisodes({ trakt: show.data?.ids.trakt ?? -1 })
  const isOn = session.status === 'signed-in' && enabled
  return (season, episode) => isOn && !isWatched(season, episode)
}
