import type { SandboxDb, UserState } from '../../db/types'
import { type Levels, serializeMovie, serializeShow } from '../catalog/serialize'

type Plays = { plays: number; last: string }

function tally(entries: { id: number; at: string }[]): Map<number, Plays> {
  const out = new Map<number, Plays>()
  for (const { id, at } of entries) {
    const current = out.get(id)
    if (!current) out.set(id, { plays: 1, last: at })
    else {
      current.plays += 1
      if (at > current.last) current.last = at
    }
  }
  return out
}

/** /sync/watched/movies: each watched movie with its play count, most plays first. */
export function watchedMovies(db: SandboxDb, state: UserState, ext: Levels) {
  const plays = tally(
    state.history.filter((h) => h.item.type === 'movie').map((h) => ({ id: h.item.id, at: h.watched_at })),
  )
  return [...plays.entries()]
    .filter(([id]) => db.movies[id])
    .sort((a, b) => b[1].plays - a[1].plays || (a[1].last < b[1].last ? 1 : -1))
    .map(([id, p]) => ({
      plays: p.plays,
      last_watched_at: p.last,
      last_updated_at: p.last,
      movie: serializeMovie(db.movies[id]!, ext),
    }))
}

/** /sync/watched/shows: per show the plays, reset_at and (unless noseasons) per-episode plays. */
export function watchedShows(db: SandboxDb, state: UserState, ext: Levels) {
  const episodePlays = tally(
    state.history.filter((h) => h.item.type === 'episode').map((h) => ({ id: h.item.id, at: h.watched_at })),
  )
  const byShow = new Map<number, { plays: number; last: string; episodes: [number, Plays][] }>()
  for (const [episodeId, p] of episodePlays) {
    const episode = db.episodes[episodeId]
    if (!episode || !db.shows[episode.showId]) continue
    const entry = byShow.get(episode.showId) ?? { plays: 0, last: '', episodes: [] }
    entry.plays += p.plays
    if (p.last > entry.last) entry.last = p.last
    entry.episodes.push([episodeId, p])
    byShow.set(episode.showId, entry)
  }
  const noSeasons = ext.has('noseasons')
  return [...byShow.entries()]
    .sort((a, b) => b[1].plays - a[1].plays || (a[1].last < b[1].last ? 1 : -1))
    .map(([showId, entry]) => {
      const row: Record<string, unknown> = {
        plays: entry.plays,
        last_watched_at: entry.last,
        last_updated_at: entry.last,
        reset_at: state.resets[String(showId)] ?? null,
        show: serializeShow(db.shows[showId]!, ext),
      }
      if (!noSeasons) {
        const seasons = new Map<number, { number: number; plays: number; last_watched_at: string }[]>()
        for (const [episodeId, p] of entry.episodes) {
          const episode = db.episodes[episodeId]!
          const list = seasons.get(episode.season) ?? []
          list.push({ number: episode.number, plays: p.plays, last_watched_at: p.last })
          seasons.set(episode.season, list)
        }
        row.seasons = [...seasons.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([number, episodes]) => ({ number, episodes: episodes.sort((a, b) => a.number - b.number) }))
      }
      return row
    })
}
