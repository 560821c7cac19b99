import { useQuery } from '@tanstack/react-query'
import { calendarRequests } from '@/features/calendar/api/use-calendar-days'
import type { IsSpoiler } from '@/features/calendar/components/calendar-entry'
import { CalendarPage } from '@/features/calendar/components/calendar-page'
import { readCalendarParams } from '@/features/calendar/lib/calendar-params'
import { isWideNow, resolveCalendar } from '@/features/calendar/lib/calendar-state'
import { syncQueries } from '@/features/sync/api/sync-queries'
import { isEpisodeWatchedIn } from '@/features/sync/api/user-state'
import { currentSession, useSession } from '@/lib/auth/session'
import { useSpoilerShield } from '@/lib/spoilers'
import type { PageLoader } from './page-loader'

/**
 * The calendar's spoiler shield, from sync's watched shows: an episode's title hides when the user is signed in,
 * the shield is on and they have not watched it (until the watched list arrives, nothing counts as watched).
 */
function useCalendarSpoiler(): IsSpoiler {
  const session = useSession()
  const { enabled } = useSpoilerShield()
  const isOn = session.status === 'signed-in' && enabled
  const watched = useQuery({ ...syncQueries.watchedShows(), enabled: isOn })
  return (showId, season, episode) =>
    isOn && (showId === null || !isEpisodeWatchedIn(watched.data, showId, season, episode))
}

export function Component() {
  return <CalendarPage isSpoiler={useCalendarSpoiler()} />
}

// The "all" calendar of the range the page opens on. "My" calendar needs the user's token, which no loader sends:
// it starts with the page.
export const loader: PageLoader = ({ request }, queryClient) => {
  const state = resolveCalendar(readCalendarParams(new URL(request.url).searchParams), {
    isSignedIn: currentSession().status === 'signed-in',
    isWide: isWideNow(),
  })
  if (state.target === 'all')
    for (const query of calendarRequests(state, state.range)) void queryClient.prefetchQuery(query)
  return null
}
