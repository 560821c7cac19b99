import { obj, str } from '@/lib/media/read'
import { readPlayedItem, type PlayedItem } from '@/lib/media/played-item'

/** What a user is watching right now (`/users/{id}/watching`): a check-in, or a scrobble from a player. */
export type Watching = PlayedItem & {
  /** `checkin` (cancellable with DELETE /checkin) or `scrobble`; older answers say `watching`. */
  action: string
  startedAt: string | null
  /** UTC ISO datetime when it ends (and a check-in turns into a play). */
  expiresAt: string
}

/** `Breaking Bad S01E02 "Cat's in the Bag..."` or `TRON: Legacy`: how the item is named in a sentence. */
export function watchingName(watching: Pick<Watching, 'show' | 'code' | 'title'>): string {
  return watching.show ? `${watching.show.title} ${watching.code} “${watching.title}”` : watching.title
}

/** The answer's body, or null for nothing (Trakt answers 204 with no body) or a body it cannot show. */
export function mapWatching(body: unknown): Watching | null {
  const row = obj(body)
  const expiresAt = str(row.expires_at)
  if (!expiresAt || Number.isNaN(Date.parse(expiresAt))) return null
  const item = readPlayedItem(row)
  return item && { action: str(row.action) ?? 'watching', startedAt: str(row.started_at), expiresAt, ...item }
}
