import type { Rng } from '../rng'
import type { HistoryEntry, SandboxDb, UserState } from '../types'
import { airedEpisodes, showEpisodes } from './catalog-index'
import { DAY, HOUR, eveningBetween, newId, pickAction } from './seed-helpers'

/** What the demo user's viewing looks like per show; the library seed builds on it. */
export type ShowPlan = { showId: number; kind: 'completed' | 'progress' | 'dropped' | 'rewatching' }
export type ViewingPlan = {
  movies: number[]
  shows: ShowPlan[]
  unwatchedMovies: number[]
  unwatchedShows: number[]
}

const TARGET_PLAYS = 1000
const YEARS = 3

/**
 * Watches a run of episodes in order from `start`, a few a day, never before an episode aired nor after now.
 * Returns the time of the last play (or null when nothing could be watched).
 */
export function watchRun(
  db: SandboxDb,
  rng: Rng,
  state: UserState,
  episodeIds: number[],
  start: number,
  end: number,
): number | null {
  const available = Math.max(HOUR, end - start)
  // Spread the run over the time left, binge-style: gaps between a few minutes and a few days.
  const meanGap = Math.min(2 * DAY, available / Math.max(1, episodeIds.length + 1))
  let cursor = start
  let last: number | null = null
  for (const id of episodeIds) {
    const episode = db.episodes[id]
    if (!episode?.first_aired) break
    const aired = Date.parse(episode.first_aired)
    cursor = Math.max(cursor + rng.next() * 2 * meanGap, aired + rng.int(2, 30) * HOUR)
    if (cursor >= end) break
    state.history.push({
      id: newId(db),
      watched_at: new Date(Math.floor(cursor / 1000) * 1000).toISOString(),
      action: pickAction(rng),
      item: { type: 'episode', id },
    })
    last = cursor
  }
  return last
}

function playMovie(
  db: SandboxDb,
  rng: Rng,
  state: UserState,
  movieId: number,
  from: number,
  to: number,
): void {
  const at = eveningBetween(rng, from, to)
  const entry: HistoryEntry = {
    id: newId(db),
    watched_at: new Date(at).toISOString(),
    action: pickAction(rng),
    item: { type: 'movie', id: movieId },
  }
  state.history.push(entry)
}

/** Fills the demo user's history: 1,000+ plays over about three years when the catalog is big enough. */
export function seedDemoHistory(db: SandboxDb, rng: Rng, now: Date, state: UserState): ViewingPlan {
  const nowMs = now.getTime()
  const windowStart = nowMs - YEARS * 365 * DAY
  const released = (date: string | null) => date !== null && Date.parse(date) <= nowMs - DAY
  const movies = rng.shuffle(
    Object.values(db.movies)
      .filter((m) => released(m.released))
      .map((m) => m.ids.trakt)
      .sort((a, b) => a - b),
  )
  const watchedMovies = movies.slice(0, Math.ceil(movies.length * 0.55))
  for (const id of watchedMovies) {
    const movie = db.movies[id]!
    const from = Math.max(windowStart, Date.parse(movie.released!) + DAY)
    playMovie(db, rng, state, id, from, nowMs - 2 * HOUR)
    if (rng.chance(0.15)) playMovie(db, rng, state, id, from, nowMs - 2 * HOUR)
  }

  const showIds = Object.values(db.shows)
    .map((s) => s.ids.trakt)
    .sort((a, b) => a - b)
  const withAired = showIds.filter((id) => airedEpisodes(db, id, now).length > 0)
  // Shows with an episode airing within a week either side of now make the best "in progress" examples.
  const airingNow = (id: number) =>
    showEpisodes(db, id).some(
      (e) => e.first_aired && Math.abs(Date.parse(e.first_aired) - nowMs) < 7 * DAY && e.season > 0,
    )
  const current = rng.shuffle(withAired.filter(airingNow))
  const rest = rng.shuffle(withAired.filter((id) => !airingNow(id)))
  const plans: ShowPlan[] = []
  const progressIds = [...current.slice(0, 4), ...rest.slice(0, Math.max(0, 6 - Math.min(4, current.length)))]
  const others = [...current.slice(4), ...rest.slice(Math.max(0, 6 - Math.min(4, current.length)))]
  const droppedIds = others.slice(0, 2)
  const completedIds = others.slice(2, 2 + Math.ceil((others.length - 2) * 0.6))

  for (const id of progressIds) {
    const aired = airedEpisodes(db, id, now)
    // Shows airing now are nearly caught up (the next episode airs this week); others are part-way through.
    const count = airingNow(id)
      ? Math.max(1, aired.length - rng.int(0, 2))
      : Math.max(1, Math.floor(aired.length * (0.3 + rng.next() * 0.5)))
    const run = aired.slice(0, count).map((e) => e.ids.trakt)
    watchRun(db, rng, state, run, Math.max(windowStart, nowMs - rng.int(20, 200) * DAY), nowMs - HOUR)
    plans.push({ showId: id, kind: 'progress' })
  }
  for (const id of droppedIds) {
    const run = airedEpisodes(db, id, now)
      .slice(0, rng.int(2, 4))
      .map((e) => e.ids.trakt)
    watchRun(db, rng, state, run, windowStart + rng.next() * 500 * DAY, nowMs - 30 * DAY)
    plans.push({ showId: id, kind: 'dropped' })
  }
  for (const [index, id] of completedIds.entries()) {
    const run = airedEpisodes(db, id, now).map((e) => e.ids.trakt)
    // The first finished show gets rewatched below, so its first run must end well before the reset.
    const end = index === 0 ? nowMs - 25 * DAY : nowMs - HOUR
    const span = Math.min(end - windowStart - 10 * DAY, run.length * 1.5 * DAY)
    const start = windowStart + rng.next() * Math.max(DAY, end - windowStart - span - 2 * DAY)
    watchRun(db, rng, state, run, start, Math.min(end, start + span))
    plans.push({ showId: id, kind: 'completed' })
  }
  // One finished show is being rewatched from the start: progress counts from reset_at (a VIP feature).
  const rewatch = plans.find((p) => p.kind === 'completed')
  if (rewatch) {
    const run = airedEpisodes(db, rewatch.showId, now).map((e) => e.ids.trakt)
    const resetAt = nowMs - rng.int(10, 20) * DAY
    state.resets[String(rewatch.showId)] = new Date(resetAt).toISOString()
    watchRun(db, rng, state, run.slice(0, Math.max(1, Math.floor(run.length / 3))), resetAt, nowMs - HOUR)
    rewatch.kind = 'rewatching'
  }
  // Top up with rewatches (favourite films, whole runs of finished shows) until the record is believably big.
  let guard = 0
  while (state.history.length < TARGET_PLAYS && guard++ < 1500) {
    const completed = plans.filter((p) => p.kind === 'completed')
    if (completed.length > 0 && rng.chance(0.7)) {
      const plan = rng.pick(completed)
      const run = airedEpisodes(db, plan.showId, now).map((e) => e.ids.trakt)
      const lastPlay = Math.max(
        ...state.history
          .filter((h) => h.item.type === 'episode' && run.includes(h.item.id))
          .map((h) => Date.parse(h.watched_at)),
      )
      if (lastPlay < nowMs - 20 * DAY) {
        watchRun(db, rng, state, run, lastPlay + DAY, nowMs - 2 * DAY)
        plan.kind = 'rewatching'
      }
    } else if (watchedMovies.length > 0) {
      const id = rng.pick(watchedMovies)
      playMovie(db, rng, state, id, Math.max(windowStart, Date.parse(db.movies[id]!.released!)), nowMs - HOUR)
    } else break
  }
  const watchedShowIds = new Set(plans.map((p) => p.showId))
  return {
    movies: watchedMovies,
    shows: plans,
    unwatchedMovies: Object.values(db.movies)
      .map((m) => m.ids.trakt)
      .filter((id) => !watchedMovies.includes(id))
      .sort((a, b) => a - b),
    unwatchedShows: showIds.filter((id) => !watchedShowIds.has(id)),
  }
}
