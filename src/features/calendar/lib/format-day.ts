import { dateTimeFormat } from '@/lib/intl'
import { addDays, noonUtc, type CalendarDate } from './calendar-date'
import type { CalendarView } from './calendar-params'
import type { DayRange } from './visible-range'

// Calendar dates are zone-less: each is formatted as its own noon in UTC, so every zone prints the same day.
const format = (date: CalendarDate, options: Intl.DateTimeFormatOptions, locale?: string) =>
  dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(noonUtc(date))

/** "Mon" / "Monday" for the column heads of a month, from its first column's weekday. */
export function weekdayNames(firstDay: number, locale?: string): { short: string; long: string }[] {
  // 2026-11-01 is a Sunday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays('2026-11-01', (firstDay + i) % 7)
    return {
      short: format(date, { weekday: 'short' }, locale),
      long: format(date, { weekday: 'long' }, locale),
    }
  })
}

/** "Mon 23 Nov" (or the locale's order). */
export function formatDayHeading(date: CalendarDate, locale?: string): string {
  return format(date, { weekday: 'short', day: 'numeric', month: 'short' }, locale)
}

/** "Monday 23 November 2026". */
export function formatLongDate(date: CalendarDate, locale?: string): string {
  return format(date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, locale)
}

/** The day of the month, "23". */
export function formatDayNumber(date: CalendarDate, locale?: string): string {
  return format(date, { day: 'numeric' }, locale)
}

/** The heading of a range: "November 2026" for a month, "23 – 29 Nov 2026" for a week. */
export function formatRange(view: CalendarView, range: DayRange, locale?: string): string {
  if (view === 'month') return format(range.first, { month: 'long', year: 'numeric' }, locale)
  const formatter = dateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
  return formatter.formatRange(noonUtc(range.first), noonUtc(range.last))
}
