// Calendar dates ("2026-03-29") are days on the user's wall calendar: no time, no zone. Their arithmetic runs on
// the date's own year, month and day (Date.UTC only normalises overflow, e.g. 31 + 3 into the next month), so a
// daylight-saving change can never push a day over or under: nothing here adds 24 hours to an instant.

import { dateTimeFormat } from '@/lib/intl'

/** A day on the calendar, "YYYY-MM-DD". */
export type CalendarDate = string

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function serial(date: CalendarDate): number {
  const match = PATTERN.exec(date)
  if (!match) throw new RangeError(`Not a calendar date: ${date}`)
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
}

function fromSerial(value: number): CalendarDate {
  const d = new Date(value)
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** True for a real day written as "YYYY-MM-DD" (not "2026-02-30"). */
export function isCalendarDate(value: string | null | undefined): value is CalendarDate {
  if (!value || !PATTERN.test(value)) return false
  return fromSerial(serial(value)) === value
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(serial(date))
  return fromSerial(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days))
}

/** The first day of the month `months` months after the month of `date`. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const d = new Date(serial(date))
  return fromSerial(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1))
}

/** The first day of `date`'s month. */
export function startOfMonth(date: CalendarDate): CalendarDate {
  return addMonths(date, 0)
}

/** The last day of `date`'s month. */
export function endOfMonth(date: CalendarDate): CalendarDate {
  return addDays(addMonths(date, 1), -1)
}

/** Days from `from` to `to` (1 from a day to the next). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((serial(to) - serial(from)) / 86_400_000)
}

/** 0 for Sunday to 6 for Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(serial(date)).getUTCDay()
}

/** The day the week holding `date` starts on, for weeks that start on `firstDay` (0 Sunday, 1 Monday, ...). */
export function startOfWeek(date: CalendarDate, firstDay: number): CalendarDate {
  return addDays(date, -((dayOfWeek(date) - firstDay + 7) % 7))
}

/** Every date from `first` to `last`, both included. */
export function datesFrom(first: CalendarDate, last: CalendarDate): CalendarDate[] {
  const count = daysBetween(first, last) + 1
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(first, i))
}

/** The day an instant falls on in `timeZone` (the user's own zone when left out). */
export function localDateOf(instant: Date | string, timeZone?: string): CalendarDate {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(typeof instant === 'string' ? new Date(instant) : instant)
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value)
  return `${pad(get('year'), 4)}-${pad(get('month'))}-${pad(get('day'))}`
}

/** Today in `timeZone`. */
export function todayIn(timeZone?: string, now: Date = new Date()): CalendarDate {
  return localDateOf(now, timeZone)
}

/** A calendar date as the Date of its noon in UTC: format it with `timeZone: 'UTC'` to print that very day. */
export function noonUtc(date: CalendarDate): Date {
  return new Date(serial(date) + 12 * 3_600_000)
}
