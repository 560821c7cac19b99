import { addDays, daysBetween, type CalendarDate } from './calendar-date'

/** Trakt's calendars answer at most 31 days a request. */
export const MAX_DAYS = 31

/** One calendar request: `/{start_date}/{days}`, a range of UTC days. */
export type RequestRange = { startDate: CalendarDate; days: number }

/**
 * The requests that hold everything airing on the local days `first` to `last` in any time zone. Trakt's days are
 * UTC days; a local day starts up to 14 hours before its UTC day and ends up to 12 hours after it, so the range
 * grows by one day each side. It is cut into requests of at most `maxDays` days.
 */
export function requestRanges(first: CalendarDate, last: CalendarDate, maxDays = MAX_DAYS): RequestRange[] {
  const start = addDays(first, -1)
  const total = daysBetween(start, addDays(last, 1)) + 1
  const ranges: RequestRange[] = []
  for (let offset = 0; offset < total; offset += maxDays)
    ranges.push({ startDate: addDays(start, offset), days: Math.min(maxDays, total - offset) })
  return ranges
}
