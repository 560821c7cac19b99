import { arr, num, obj, readIds, str, strs, type Ids } from '@/lib/media/read'
import type { RowThumbnailImage } from '@/components/ui/row-thumbnail'

/** One paused movie or episode of `/sync/playback`: where the user stopped, to resume here or in another app. */
export type PlaybackEntry = {
  /** The playback id that `DELETE /sync/playback/{id}` takes; some answers (older apps' recordings) leave it out. */
  id: number | null
  /** How far in, 0 to 100 (Trakt sends decimals: 65.5). */
  progress: number
  /** UTC ISO datetime of the pause. */
  pausedAt: string
  type: 'movie' | 'episode'
  /** The movie's or episode's Trakt id: what the watch timer of a title page looks it up by. */
  traktId: number
  /** The movie's title, or the episode's ("Episode 3" when Trakt has none). */
  title: string
  /** The app's page for the movie or episode, when Trakt sent enough ids to build it. */
  href: string | null
  year: number | null
  /** Episodes: their show, and `S01E02`. */
  show: { title: string; href: string | null } | null
  code: string | null
  /** Minutes, when Trakt sent it (`extended=full`): for the time left. */
  runtime: number | null
  /** A movie's poster or an episode's still (scheme-less Trakt URLs, best first). */
  thumbnail: RowThumbnailImage
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The address key of a title: its slug, or its Trakt id (which Trakt accepts wherever a slug goes). */
function pathKey(ids: Ids): string | null {
  return ids.slug ?? (ids.trakt !== null ? String(ids.trakt) : null)
}

function mapEntry(value: unknown): PlaybackEntry | null {
  const row = obj(value)
  const progress = num(row.progress)
  const pausedAt = str(row.paused_at)
  if (progress === null || !pausedAt || Number.isNaN(Date.parse(pausedAt))) return null
  const base = { id: num(row.id), progress: Math.min(100, Math.max(0, progress)), pausedAt }
  if (row.movie !== undefined && row.movie !== null) {
    const movie = obj(row.movie)
    const ids = readIds(movie.ids)
    const title = str(movie.title)
    if (!title || ids.trakt === null) return null
    const key = pathKey(ids)
    return {
      ...base,
      type: 'movie',
      traktId: ids.trakt,
      title,
      href: key ? `/movies/${key}` : null,
      year: num(movie.year),
      show: null,
      code: null,
      runtime: num(movie.runtime),
      thumbnail: { kind: 'poster', urls: strs(obj(movie.images).poster) },
    }
  }
  const episode = obj(row.episode)
  const show = obj(row.show)
  const episodeIds = readIds(episode.ids)
  const showTitle = str(show.title)
  const season = num(episode.season)
  const number = num(episode.number)
  if (!showTitle || season === null || number === null || episodeIds.trakt === null) return null
  const showKey = pathKey(readIds(show.ids))
  return {
    ...base,
    type: 'episode',
    traktId: episodeIds.trakt,
    title: str(episode.title) ?? `Episode ${number}`,
    href: showKey ? `/shows/${showKey}/seasons/${season}/episodes/${number}` : null,
    year: null,
    show: { title: showTitle, href: showKey ? `/shows/${showKey}` : null },
    code: `S${pad(season)}E${pad(number)}`,
    runtime: num(episode.runtime),
    thumbnail: { kind: 'still', urls: strs(obj(episode.images).screenshot) },
  }
}

/** A `/sync/playback` answer, most recently paused first; rows without a date, progress or title are left out. */
export function mapPlayback(body: unknown): PlaybackEntry[] {
  return arr(body)
    .flatMap((row) => mapEntry(row) ?? [])
    .sort((a, b) => Date.parse(b.pausedAt) - Date.parse(a.pausedAt))
}
