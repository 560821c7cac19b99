import { useCalendarDays, type CalendarSource } from '../api/use-calendar-days'
import type { CalendarDate } from '../lib/calendar-date'
import { formatLongDate } from '../lib/format-day'
import type { DayRange } from '../lib/visible-range'
import type { EntryDisplay } from './calendar-entry'
import { CalendarEmpty, CalendarError, CalendarSkeleton } from './calendar-states'
import { DayList } from './day-list'

export type RangeViewProps = {
  source: CalendarSource
  range: DayRange
  today: CalendarDate
  display: EntryDisplay
  onNext: () => void
}

/** Seven days side by side on wide screens, one under the other on narrow ones. */
export function WeekView({ source, range, today, display, onNext }: RangeViewProps) {
  const result = useCalendarDays(source, range, display.timeZone)
  if (result.error)
    return <CalendarError error={result.error} onRetry={result.retry} isRetrying={result.isFetching} />
  if (!result.days) return <CalendarSkeleton />
  const days = [...result.days]
  if (days.every(([, items]) => items.length === 0))
    return <CalendarEmpty title="Nothing airing this week" nextLabel="Next week" onNext={onNext} />
  return (
    <ol
      aria-label={`Week of ${formatLongDate(range.first)}`}
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-7"
    >
      {days.map(([date, items]) => (
        <li key={date} className="min-w-0">
          <DayList
            date={date}
            items={items}
            display={display}
            isToday={date === today}
            limit={12}
            layout="stack"
          />
        </li>
      ))}
    </ol>
  )
}
