import { addDays, datesFrom, endOfMonth, startOfMonth, startOfWeek, type CalendarDate } from './calendar-date'

/** One week row of a month: seven cells, null where the day belongs to the month before or after. */
export type MonthWeek = (CalendarDate | null)[]

/** The weeks of `date`'s month for weeks that start on `firstDay` (0 Sunday ... 6 Saturday): 4 to 6 rows. */
export function monthGrid(date: CalendarDate, firstDay: number): MonthWeek[] {
  const first = startOfMonth(date)
  const last = endOfMonth(date)
  const gridStart = startOfWeek(first, firstDay)
  const gridEnd = addDays(startOfWeek(last, firstDay), 6)
  const cells = datesFrom(gridStart, gridEnd).map((d) => (d >= first && d <= last ? d : null))
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7))
}
