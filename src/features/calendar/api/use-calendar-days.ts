import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { bucketByLocalDay } from '../lib/bucket-by-day'
import { datesFrom, type CalendarDate } from '../lib/calendar-date'
import type { CalendarParams, CalendarTarget } from '../lib/calendar-params'
import { requestRanges } from '../lib/request-ranges'
import type { DayRange } from '../lib/visible-range'
import { calendarKinds, calendarQueries } from './calendar-queries'
import type { CalendarItem } from './map-calendar-item'

export type CalendarSource = Pick<CalendarParams, 'shows' | 'movies' | 'dvd' | 'filters'> & {
  target: CalendarTarget
}

/** Every request behind the days of `range`: each calendar asked for, in padded ranges of at most 31 days. */
export function calendarRequests(source: CalendarSource, range: DayRange) {
  const ranges = requestRanges(range.first, range.last)
  return calendarKinds(source).flatMap((kind) =>
    ranges.map((r) => calendarQueries.range({ ...r, kind, target: source.target, filters: source.filters })),
  )
}

export type CalendarDays = {
  /** Each day of the range with its items, once every request has answered. */
  days: Map<CalendarDate, CalendarItem[]> | null
  isPending: boolean
  error: unknown
  isFetching: boolean
  retry: () => void
}

/** The items of the local days of `range` in `timeZone`, from as many calendar requests as it takes. */
export function useCalendarDays(source: CalendarSource, range: DayRange, timeZone?: string): CalendarDays {
  const dates = useMemo(() => datesFrom(range.first, range.last), [range.first, range.last])
  const combine = useCallback(
    (results: UseQueryResult<CalendarItem[]>[]): CalendarDays => {
      const failed = results.filter((r) => r.isError)
      const isReady = results.every((r) => r.isSuccess)
      return {
        days: isReady
          ? bucketByLocalDay(
              results.flatMap((r) => r.data ?? []),
              dates,
              timeZone,
            )
          : null,
        isPending: results.some((r) => r.isPending && !r.isError),
        error: failed[0]?.error ?? null,
        isFetching: results.some((r) => r.isFetching),
        retry: () => failed.forEach((r) => void r.refetch()),
      }
    },
    [dates, timeZone],
  )
  return useQueries({ queries: calendarRequests(source, range), combine })
}
