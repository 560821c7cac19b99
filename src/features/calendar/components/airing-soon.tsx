import { useMemo } from 'react'
import { useCalendarDays, type CalendarSource } from '../api/use-calendar-days'
import { addDays, todayIn } from '../lib/calendar-date'
import type { IsSpoiler } from './calendar-entry'
import { CalendarError, CalendarSkeleton } from './calendar-states'
import { DayList } from './day-list'

/** The user's own shows and movies: what the signed-in home shows of the "my" calendar. */
const MY_CALENDAR: CalendarSource = { target: 'my', shows: 'all', movies: true, dvd: false, filters: {} }

type AiringSoonProps = {
  /** From the spoiler shield (the route composes it). */
  isSpoiler: IsSpoiler
  /** The user's zone (the browser's when left out). */
  timeZone?: string
  /** Entries shown per day before "Show more". */
  limit?: number
}

/** Today and tomorrow of the user's "my" calendar, on their local days: the home page's "Airing soon". */
export function AiringSoon({ isSpoiler, timeZone, limit = 5 }: AiringSoonProps) {
  const today = todayIn(timeZone)
  const range = useMemo(() => ({ first: today, last: addDays(today, 1) }), [today])
  const calendar = useCalendarDays(MY_CALENDAR, range, timeZone)
  if (calendar.error && !calendar.days)
    return <CalendarError error={calendar.error} onRetry={calendar.retry} isRetrying={calendar.isFetching} />
  if (!calendar.days) return <CalendarSkeleton days={2} className="md:grid-cols-2" />
  const display = { isSpoiler, timeZone }
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {[range.first, range.last].map((date) => (
        <DayList
          key={date}
          date={date}
          items={calendar.days?.get(date) ?? []}
          display={display}
          isToday={date === today}
          limit={limit}
          layout="row"
        />
      ))}
    </div>
  )
}
