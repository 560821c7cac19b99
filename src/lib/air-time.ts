// A show's weekly air time ("Monday 21:00 in America/New_York") as the next airing in the user's own time zone.

import { formatTime, formatWeekday, type Zoned } from '@/lib/dates'
import { dateTimeFormat } from '@/lib/intl'

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; weekday: number }

function wallClock(instant: number, timeZone: string): WallClock {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'long',
  }).formatToParts(new Date(instant))
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    weekday: WEEKDAYS.indexOf(get('weekday').toLowerCase()),
  }
}

function offsetMs(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute)
  return asUtc - Math.floor(instant / 60_000) * 60_000
}

/** The instant at which a wall-clock time happens in `timeZone` (DST gaps resolve forward). */
function wallToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute)
  const first = guess - offsetMs(guess, timeZone)
  const second = guess - offsetMs(first, timeZone)
  return second
}

export type LocalAirTime = {
  /** The next airing as an instant. */
  date: Date
  /** Weekday in the user's time zone, e.g. "Tuesday" (may differ from Trakt's `day`). */
  day: string
  /** Time in the user's time zone and locale, e.g. "3:00 AM". */
  time: string
}

/**
 * Converts a show's `airs` ({ day: "Monday", time: "21:00", timezone: "America/New_York" }) into the next airing
 * in the user's time zone. Returns null when a field is missing or unknown.
 */
export function toLocalAirTime(
  day: string | null | undefined,
  time: string | null | undefined,
  timezone: string | null | undefined,
  options: Zoned & { now?: Date } = {},
): LocalAirTime | null {
  if (!day || !time || !timezone) return null
  const weekday = WEEKDAYS.indexOf(day.trim().toLowerCase())
  const match = /^(\d{1,2}):(\d{2})/.exec(time.trim())
  if (weekday < 0 || !match) return null
  const hour = Number(match[1])
  const minute = Number(match[2])
  try {
    const now = (options.now ?? new Date()).getTime()
    const today = wallClock(now, timezone)
    const ahead = (weekday - today.weekday + 7) % 7
    // Date.UTC normalises day overflow (31 + 3 → next month), so this walks the calendar in the show's zone.
    let instant = wallToInstant(today.year, today.month, today.day + ahead, hour, minute, timezone)
    if (instant < now)
      instant = wallToInstant(today.year, today.month, today.day + ahead + 7, hour, minute, timezone)
    const date = new Date(instant)
    return { date, day: formatWeekday(date, options), time: formatTime(date, options) }
  } catch {
    return null
  }
}
