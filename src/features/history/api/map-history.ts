import { arr, num, obj, str } from '@/lib/media/read'
import { readPlayedItem, type PlayedItem } from '@/lib/media/played-item'

/** One play of the history: a movie or an episode the user watched, checked in to or scrobbled. */
export type HistoryPlay = PlayedItem & {
  /** The play's history id (64-bit on Trakt; still a safe integer): what removing one play sends. */
  id: number
  /** UTC ISO datetime. */
  watchedAt: string
  /** `watch`, `checkin` or `scrobble`. */
  action: string
}

function mapPlay(value: unknown): HistoryPlay | null {
  const row = obj(value)
  const id = num(row.id)
  const watchedAt = str(row.watched_at)
  if (id === null || !watchedAt || Number.isNaN(Date.parse(watchedAt))) return null
  const item = readPlayedItem(row)
  return item && { id, watchedAt, action: str(row.action) ?? 'watch', ...item }
}

/** A `/sync/history` (or `/users/{id}/history`) answer; rows without an id, a date or a title are left out. */
export function mapHistory(body: unknown): HistoryPlay[] {
  return arr(body).flatMap((row) => mapPlay(row) ?? [])
}
