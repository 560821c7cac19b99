import { addDays, addMonths, endOfMonth, startOfMonth, startOfWeek, type CalendarDate } from './calendar-date'
import type { CalendarView } from './calendar-params'

export type DayRange = { first: CalendarDate; last: CalendarDate }

/** The days a view shows from `anchor`: its week, its month, or (the agenda) seven days from the anchor on. */
export function visibleRange(view: CalendarView, anchor: CalendarDate, firstDay: number): DayRange {
  if (view === 'month') return { first: startOfMonth(anchor), last: endOfMonth(anchor) }
  const first = view === 'week' ? startOfWeek(anchor, firstDay) : anchor
  return { first, last: addDays(first, 6) }
}

/** The first day of the range before (-1) or after (+1) the one starting on `first`. */
export function stepRange(view: CalendarView, first: CalendarDate, step: -1 | 1): CalendarDate {
  return view === 'month' ? addMonths(first, step) : addDays(first, 7 * step)
}
