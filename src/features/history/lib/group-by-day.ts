import { dateTimeFormat } from '@/lib/intl'

export type DayOptions = {
  /** The moment "Today" is measured from. */
  now: Date
  /** An IANA time zone; the browser's own when left out. */
  timeZone?: string
  locale?: string
}

/** A row of the history list: a day's heading, or one play under it. */
export type DayRow<T> = { kind: 'day'; key: string; label: string } | { kind: 'play'; key: string; play: T }

// Every zone's offset is a multiple of 15 minutes, so all moments of one quarter hour share a day: a history of
// thousands of plays, grouped again as each page arrives, formats each quarter hour once.
const QUARTER_HOUR = 15 * 60_000
const dayCache = new Map<string, string>()

/** The calendar day of `date` in `timeZone` as `YYYY-MM-DD`. */
export function localDayKey(date: Date, timeZone?: string): string {
  const cacheKey = `${timeZone ?? ''}|${Math.floor(date.getTime() / QUARTER_HOUR)}`
  const cached = dayCache.get(cacheKey)
  if (cached) return cached
  const parts: Record<string, string> = {}
  for (const part of dateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).formatToParts(date))
    parts[part.type] = part.value
  const key = `${parts.year}-${parts.month}-${parts.day}`
  if (dayCache.size > 50_000) dayCache.clear()
  dayCache.set(cacheKey, key)
  return key
}

/** The day before a `YYYY-MM-DD` day, by the calendar (a day is not always 24 hours long). */
function dayBefore(key: string): string {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10)
}

/** "Today", "Yesterday", or the day written out ("Monday, 23 November 2026" in the locale's order). */
export function dayLabel(key: string, options: DayOptions): string {
  const today = localDayKey(options.now, options.timeZone)
  if (key === today) return 'Today'
  if (key === dayBefore(today)) return 'Yesterday'
  const [year, month, day] = key.split('-').map(Number) as [number, number, number]
  // Noon UTC of that calendar day, written in UTC: the same date whatever the reader's zone.
  return dateTimeFormat(options.locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day, 12)))
}

/**
 * Plays (newest first, as Trakt sends them) with a heading before the first play of each of the reader's local days.
 * `watchedAt` is a UTC ISO date; `id` keys the row.
 */
export function groupByLocalDay<T extends { id: number; watchedAt: string }>(
  plays: readonly T[],
  options: DayOptions,
): DayRow<T>[] {
  const rows: DayRow<T>[] = []
  let current: string | null = null
  const seen = new Set<string>()
  for (const play of plays) {
    const key = localDayKey(new Date(play.watchedAt), options.timeZone)
    if (key !== current) {
      current = key
      // A day that comes back out of order (a date edited meanwhile) gets a heading of its own, keyed apart.
      const rowKey = seen.has(key) ? `day-${key}-${rows.length}` : `day-${key}`
      seen.add(key)
      rows.push({ kind: 'day', key: rowKey, label: dayLabel(key, options) })
    }
    rows.push({ kind: 'play', key: `play-${play.id}`, play })
  }
  return rows
}
