import { num, obj, readIds, str, type Ids } from '@/lib/media/read'

/** What a user is watching right now (`/users/{id}/watching`): a check-in, or a scrobble from a player. */
export type Watching = {
  /** `checkin` (cancellable with DELETE /checkin) or `scrobble`; older answers say `watching`. */
  action: string
  startedAt: string | null
  /** UTC ISO datetime when it ends (and a check-in turns into a play). */
  expiresAt: string
  type: 'movie' | 'episode'
  /** The movie's or episode's Trakt id. */
  traktId: number | null
  /** The movie's title, or the episode's ("Episode 3" when Trakt has none). */
  title: string
  href: string | null
  /** Episodes: their show, and `S01E02`. */
  show: { title: string; href: string | null } | null
  code: string | null
}

const pad = (n: number) => String(n).padStart(2, '0')

function pathKey(ids: Ids): string | null {
  return ids.slug ?? (ids.trakt !== null ? String(ids.trakt) : null)
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
  const base = { action: str(row.action) ?? 'watching', startedAt: str(row.started_at), expiresAt }
  if (row.movie !== undefined && row.movie !== null) {
    const movie = obj(row.movie)
    const ids = readIds(movie.ids)
    const title = str(movie.title)
    if (!title) return null
    const key = pathKey(ids)
    return {
      ...base,
      type: 'movie',
      traktId: ids.trakt,
      title,
      href: key ? `/movies/${key}` : null,
      show: null,
      code: null,
    }
  }
  const episode = obj(row.episode)
  const show = obj(row.show)
  const showTitle = str(show.title)
  const season = num(episode.season)
  const number = num(episode.number)
  if (!showTitle || season === null || number === null) return null
  const showKey = pathKey(readIds(show.ids))
  return {
    ...base,
    type: 'episode',
    traktId: readIds(episode.ids).trakt,
    title: str(episode.title) ?? `Episode ${number}`,
    href: showKey ? `/shows/${showKey}/seasons/${season}/episodes/${number}` : null,
    show: { title: showTitle, href: showKey ? `/shows/${showKey}` : null },
    code: `S${pad(season)}E${pad(number)}`,
  }
}
