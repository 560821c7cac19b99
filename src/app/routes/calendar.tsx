import { calendarRequests } from '@/features/calendar/api/use-calendar-days'
import { CalendarPage } from '@/features/calendar/components/calendar-page'
import { readCalendarParams } from '@/features/calendar/lib/calendar-params'
import { isWideNow, resolveCalendar } from '@/features/calendar/lib/calendar-state'
import { currentSession } from '@/lib/auth/session'
import type { PageLoader } from './page-loader'
import { useCalendarSpoiler } from './use-calendar-spoiler'

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
