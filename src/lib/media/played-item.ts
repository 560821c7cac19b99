import { episodeCode } from './episode-code'
import { num, obj, readIds, str, strs, type Ids } from './read'

/** A row's picture: a movie's poster, or an episode's still (scheme-less Trakt URLs, best first). */
export type PlayedItemImage = { kind: 'poster' | 'still'; urls: string[] }

/**
 * The movie, or the episode and its show, of a row that Trakt answers about something watched: a play of the
 * history, a paused playback, what is being watched now.
 */
export type PlayedItem = {
  type: 'movie' | 'episode'
  /** The movie's or episode's Trakt id. */
  traktId: number | null
  /** The movie's title, or the episode's ("Episode 3" when Trakt has none). */
  title: string
  /** The app's page for the movie or episode, when Trakt sent enough ids to build it. */
  href: string | null
  /** Movies only. */
  year: number | null
  /** Episodes: their show, and `S01E02`. */
  show: { title: string; href: string | null; traktId: number | null } | null
  code: string | null
  /** Minutes, when Trakt sent it (`extended=full`). */
  runtime: number | null
  thumbnail: PlayedItemImage
}

/** The address key of a title: its slug, or its Trakt id (which Trakt accepts wherever a slug goes). */
function pathKey(ids: Ids): string | null {
  return ids.slug ?? (ids.trakt !== null ? String(ids.trakt) : null)
}

/** Reads `row.movie`, or `row.episode` with `row.show`; null when there is no title (or no episode's place) to show. */
export function readPlayedItem(row: Record<string, unknown>): PlayedItem | null {
  if (row.movie !== undefined && row.movie !== null) {
    const movie = obj(row.movie)
    const ids = readIds(movie.ids)
    const title = str(movie.title)
    if (!title) return null
    const key = pathKey(ids)
    return {
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
  const showTitle = str(show.title)
  const season = num(episode.season)
  const number = num(episode.number)
  if (!showTitle || season === null || number === null) return null
  const showIds = readIds(show.ids)
  const showKey = pathKey(showIds)
  return {
    type: 'episode',
    traktId: readIds(episode.ids).trakt,
    title: str(episode.title) ?? `Episode ${number}`,
    href: showKey ? `/shows/${showKey}/seasons/${season}/episodes/${number}` : null,
    year: null,
    show: { title: showTitle, href: showKey ? `/shows/${showKey}` : null, traktId: showIds.trakt },
    code: episodeCode(season, number),
    runtime: num(episode.runtime),
    thumbnail: { kind: 'still', urls: strs(obj(episode.images).screenshot) },
  }
}
