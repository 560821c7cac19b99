import type { CalendarItem } from '../api/map-calendar-item'
import { localDateOf, type CalendarDate } from './calendar-date'

/** The local day an item belongs to: an episode's air time in `timeZone`, a movie's release date as it is. */
export function itemDate(item: CalendarItem, timeZone?: string): CalendarDate {
  return item.kind === 'episode' ? localDateOf(item.airsAt, timeZone) : item.date
}

// Releases have no time: they head their day, then episodes by air time.
const order = (a: CalendarItem, b: CalendarItem) => {
  if (a.kind !== b.kind) return a.kind === 'movie' ? -1 : 1
  if (a.kind === 'episode' && b.kind === 'episode' && a.airsAt !== b.airsAt)
    return a.airsAt < b.airsAt ? -1 : 1
  const title = (i: CalendarItem) => (i.kind === 'episode' ? i.show.title : i.movie.title)
  return title(a).localeCompare(title(b))
}

/**
 * Puts items on the local days `days` (in `timeZone`): items of the padding around them are dropped, an item
 * that two requests returned is kept once, and each day is in order. Every day of `days` has an entry.
 */
export function bucketByLocalDay(
  items: Iterable<CalendarItem>,
  days: CalendarDate[],
  timeZone?: string,
): Map<CalendarDate, CalendarItem[]> {
  const buckets = new Map<CalendarDate, CalendarItem[]>(days.map((d) => [d, []]))
  const seen = new Set<string>()
  for (const item of items) {
    if (seen.has(item.key)) continue
    seen.add(item.key)
    buckets.get(itemDate(item, timeZone))?.push(item)
  }
  for (const list of buckets.values()) list.sort(order)
  return buckets
}
