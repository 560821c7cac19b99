import type { HistoryEntry, SandboxDb } from '../../db/types'
import { findByPathId } from './resolve-items'
import { type Levels, serializeEpisode, serializeMovie, serializeShow } from '../catalog/serialize'

/** True when the entry's movie, or episode and show, are in the catalog (a row can be written for it). */
export function isListable(db: SandboxDb, entry: HistoryEntry): boolean {
  if (entry.item.type === 'movie') return db.movies[entry.item.id] !== undefined
  const episode = db.episodes[entry.item.id]
  return episode !== undefined && db.shows[episode.showId] !== undefined
}

/** One history row as /sync/history answers it. */
export function serializeHistory(db: SandboxDb, entry: HistoryEntry, ext: Levels) {
  const base = { id: entry.id, watched_at: entry.watched_at, action: entry.action, type: entry.item.type }
  if (entry.item.type === 'movie') {
    const movie = db.movies[entry.item.id]
    return movie ? { ...base, movie: serializeMovie(movie, ext) } : null
  }
  const episode = db.episodes[entry.item.id]
  const show = episode && db.shows[episode.showId]
  return episode && show
    ? { ...base, episode: serializeEpisode(episode, ext), show: serializeShow(show, ext) }
    : null
}

/**
 * History rows, newest first, filtered by `/:type/:id` and `start_at`/`end_at`.
 * Returns null when the type is unknown (a 404).
 */
export function historyView(
  db: SandboxDb,
  history: HistoryEntry[],
  request: Request,
  type?: string,
  id?: string,
) {
  const url = new URL(request.url)
  // Unparseable dates are ignored rather than failing the request.
  const isoOrNull = (value: string | null) =>
    value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : null
  const startAt = isoOrNull(url.searchParams.get('start_at'))
  const endAt = isoOrNull(url.searchParams.get('end_at'))
  let match: (entry: HistoryEntry) => boolean = () => true
  if (type === 'movies') match = (e) => e.item.type === 'movie'
  else if (type === 'shows' || type === 'episodes' || type === 'seasons')
    match = (e) => e.item.type === 'episode'
  else if (type !== undefined) return null
  if (id !== undefined && type !== undefined) {
    const singular = type.slice(0, -1) as 'movie' | 'show' | 'season' | 'episode'
    const target = findByPathId(db, singular, id)
    if (target === undefined) return []
    const byType = match
    if (singular === 'movie' || singular === 'episode') match = (e) => byType(e) && e.item.id === target
    else if (singular === 'show') match = (e) => byType(e) && db.episodes[e.item.id]?.showId === target
    else {
      const season = db.seasons[target]!
      match = (e) => {
        const episode = db.episodes[e.item.id]
        return byType(e) && episode?.showId === season.showId && episode.season === season.number
      }
    }
  }
  return history
    .filter((e) => match(e) && (!startAt || e.watched_at >= startAt) && (!endAt || e.watched_at <= endAt))
    .sort((a, b) => (a.watched_at < b.watched_at ? 1 : a.watched_at > b.watched_at ? -1 : b.id - a.id))
}
