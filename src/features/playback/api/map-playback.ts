import { arr, num, obj, str } from '@/lib/media/read'
import { readPlayedItem, type PlayedItem } from '@/lib/media/played-item'

/** One paused movie or episode of `/sync/playback`: where the user stopped, to resume here or in another app. */
export type PlaybackEntry = PlayedItem & {
  /** The playback id that `DELETE /sync/playback/{id}` takes; some answers (older apps' recordings) leave it out. */
  id: number | null
  /** How far in, 0 to 100 (Trakt sends decimals: 65.5). */
  progress: number
  /** UTC ISO datetime of the pause. */
  pausedAt: string
  /** What the watch timer of a title page looks it up by: an entry without it is left out. */
  traktId: number
}

function mapEntry(value: unknown): PlaybackEntry | null {
  const row = obj(value)
  const progress = num(row.progress)
  const pausedAt = str(row.paused_at)
  if (progress === null || !pausedAt || Number.isNaN(Date.parse(pausedAt))) return null
  const item = readPlayedItem(row)
  if (!item || item.traktId === null) return null
  return {
    ...item,
    traktId: item.traktId,
    id: num(row.id),
    progress: Math.min(100, Math.max(0, progress)),
    pausedAt,
  }
}

/** A `/sync/playback` answer, most recently paused first; rows without a date, progress or title are left out. */
export function mapPlayback(body: unknown): PlaybackEntry[] {
  return arr(body)
    .flatMap((row) => mapEntry(row) ?? [])
    .sort((a, b) => Date.parse(b.pausedAt) - Date.parse(a.pausedAt))
}
