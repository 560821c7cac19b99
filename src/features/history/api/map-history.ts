import { arr, num, obj, readIds, str, strs, type Ids } from '@/lib/media/read'
import type { RowThumbnailImage } from '@/components/ui/row-thumbnail'

/** One play of the history: a movie or an episode the user watched, checked in to or scrobbled. */
export type HistoryPlay = {
  /** The play's history id (64-bit on Trakt; still a safe integer): what removing one play sends. */
  id: number
  /** UTC ISO datetime. */
  watchedAt: string
  /** `watch`, `checkin` or `scrobble`. */
  action: string
  type: 'movie' | 'episode'
  /** The movie's or episode's Trakt id: what adding another play of it sends. */
  traktId: number | null
  /** The movie's title, or the episode's ("Episode 3" when Trakt has none). */
  title: string
  /** The app's page for the movie or episode, when Trakt sent enough ids to build it. */
  href: string | null
  year: number | null
  /** Episodes: their show, and `S01E02`. */
  show: { title: string; href: string | null; traktId: number | null } | null
  code: string | null
  /** The thumbnail: a movie's poster, an episode's still (scheme-less Trakt URLs, best first). */
  thumbnail: RowThumbnailImage
}

const pad = (n: number) => String(n).padStart(2, '0')

/** `S01E02`. */
export function episodeCode(season: number, number: number): string {
  return `S${pad(season)}E${pad(number)}`
}

/** The address key of a title: its slug, or its Trakt id (which Trakt accepts wherever a slug goes). */
function pathKey(ids: Ids): string | null {
  return ids.slug ?? (ids.trakt !== null ? String(ids.trakt) : null)
}

function mapPlay(value: unknown): HistoryPlay | null {
  const row = obj(value)
  const id = num(row.id)
  const watchedAt = str(row.watched_at)
  if (id === null || !watchedAt || Number.isNaN(Date.parse(watchedAt))) return null
  const base = { id, watchedAt, action: str(row.action) ?? 'watch' }
  if (row.movie !== undefined && row.movie !== null) {
    const movie = obj(row.movie)
    const title = str(movie.title)
    if (!title) return null
    const key = pathKey(readIds(movie.ids))
    return {
      ...base,
      type: 'movie',
      traktId: readIds(movie.ids).trakt,
      title,
      href: key ? `/movies/${key}` : null,
      year: num(movie.year),
      show: null,
      code: null,
      thumbnail: { kind: 'poster', urls: strs(obj(movie.images).poster) },
    }
  }
  const episode = obj(row.episode)
  const show = obj(row.show)
  const showTitle = str(show.title)
  const season = num(episode.season)
  const number = num(episode.number)
  if (!showTitle || season === null || number === null) return null
  const showIds = readIds(show.ids)
  const showKey = pathKey(showIds)
  const stills = strs(obj(episode.images).screenshot)
  return {
    ...base,
    type: 'episode',
    traktId: readIds(episode.ids).trakt,
    title: str(episode.title) ?? `Episode ${number}`,
    href: showKey ? `/shows/${showKey}/seasons/${season}/episodes/${number}` : null,
    year: null,
    show: { title: showTitle, href: showKey ? `/shows/${showKey}` : null, traktId: showIds.trakt },
    code: episodeCode(season, number),
    thumbnail: { kind: 'still', urls: stills },
  }
}

/** A `/sync/history` (or `/users/{id}/history`) answer; rows without an id, a date or a title are left out. */
export function mapHistory(body: unknown): HistoryPlay[] {
  return arr(body).flatMap((row) => mapPlay(row) ?? [])
}
