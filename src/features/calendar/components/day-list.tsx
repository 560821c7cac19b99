import { useId, useState } from 'react'
import { cn } from '@/lib/cn'
import type { CalendarItem } from '../api/map-calendar-item'
import type { CalendarDate } from '../lib/calendar-date'
import { formatDayHeading, formatLongDate } from '../lib/format-day'
import { CalendarEntry, type EntryDisplay } from './calendar-entry'

type DayListProps = {
  date: CalendarDate
  items: CalendarItem[]
  display: EntryDisplay
  isToday: boolean
  /** "long": the full date in the heading (a month's chosen day). */
  heading?: 'short' | 'long'
  /** Show this many entries until "Show more" (a busy day of the "all" calendar runs into hundreds). */
  limit?: number
  layout?: 'row' | 'stack'
  className?: string
}

/** One day: its heading (with `<time>`) and what airs or is released on it, in the user's zone. */
export function DayList({
  date,
  items,
  display,
  isToday,
  heading = 'short',
  limit = Infinity,
  layout = 'row',
  className,
}: DayListProps) {
  const id = useId()
  const [isExpanded, setIsExpanded] = useState(false)
  const shown = isExpanded ? items : items.slice(0, limit)
  const more = items.length - shown.length
  return (
    <section aria-labelledby={id} className={cn('min-w-0', className)}>
      <h3
        id={id}
        className="flex items-baseline gap-2 border-b border-line px-2 pb-1 text-sm font-semibold"
        {...(isToday ? { 'aria-current': 'date' as const } : {})}
      >
        <time dateTime={date}>{heading === 'long' ? formatLongDate(date) : formatDayHeading(date)}</time>
        {isToday ? <span className="text-xs font-medium text-accent">Today</span> : null}
      </h3>
      {items.length > 0 ? (
        <ul className="mt-1 space-y-0.5">
          {shown.map((item) => (
            <CalendarEntry key={item.key} item={item} display={display} layout={layout} />
          ))}
        </ul>
      ) : (
        <p className="px-2 py-1.5 text-sm text-muted">Nothing airing</p>
      )}
      {more > 0 ? (
        <button
          type="button"
          onClick={() => setIsExpanded(true)}
          className="mt-1 rounded-md px-2 py-1 text-sm font-medium text-accent hover:underline"
        >
          Show {more} more
        </button>
      ) : null}
    </section>
  )
}
