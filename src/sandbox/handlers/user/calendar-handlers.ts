import { http, HttpResponse, type RequestHandler } from 'msw'
import type { Episode, SandboxDb, UserState } from '../../db/types'
import { extendedLevels, fail } from '../../http'
import type { SandboxStore } from '../../store'
import { serializeEpisode, serializeMovie, serializeShow } from '../catalog/serialize'
import { requireUser, stateOf } from './user-access'

const MAX_DAYS = 31
const FINALES = new Set(['season_finale', 'series_finale', 'mid_season_finale'])

/** The [start, end) window of `/:start_date/:days` (defaults: today, 7 days; at most 31). */
function windowOf(now: Date, startDate: unknown, days: unknown): [string, string] | null {
  const start = typeof startDate === 'string' ? startDate : now.toISOString().slice(0, 10)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || Number.isNaN(Date.parse(start))) return null
  const count = Math.min(MAX_DAYS, Math.max(1, typeof days === 'string' ? Number(days) || 7 : 7))
  const from = new Date(`${start}T00:00:00.000Z`)
  return [from.toISOString(), new Date(from.getTime() + count * 86_400_000).toISOString()]
}

/** "My" shows: watched, collected or watchlisted (plus single watchlisted episodes), minus calendar-hidden shows. */
function myEpisodes(db: SandboxDb, state: UserState): (e: Episode) => boolean {
  const shows = new Set<number>()
  const episodes = new Set<number>()
  for (const h of [...state.history, ...state.collection])
    if (h.item.type === 'episode') shows.add(db.episodes[h.item.id]?.showId ?? -1)
  for (const w of state.watchlist) {
    if (w.item.type === 'show') shows.add(w.item.id)
    if (w.item.type === 'season') shows.add(db.seasons[w.item.id]?.showId ?? -1)
    if (w.item.type === 'episode') episodes.add(w.item.id)
  }
  for (const h of state.hidden)
    if (h.section === 'calendar' && h.item.type === 'show') shows.delete(h.item.id)
  return (e) => shows.has(e.showId) || episodes.has(e.ids.trakt)
}

/** /calendars/my/shows (+ new, premieres, finales), /movies and /dvd. */
export function calendarHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  const shows =
    (filter: (e: Episode) => boolean): Parameters<typeof http.get>[1] =>
    ({ request, params }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const range = windowOf(store.now(), params.startDate, params.days)
      if (!range) return fail.status(400)
      const mine = myEpisodes(store.db, stateOf(store.db, slug))
      const ext = extendedLevels(request)
      const rows = Object.values(store.db.episodes)
        .filter(
          (e) =>
            e.first_aired !== null &&
            e.first_aired >= range[0] &&
            e.first_aired < range[1] &&
            mine(e) &&
            filter(e) &&
            store.db.shows[e.showId],
        )
        .sort((a, b) =>
          a.first_aired! < b.first_aired! ? -1 : a.first_aired! > b.first_aired! ? 1 : a.showId - b.showId,
        )
        .map((e) => ({
          first_aired: e.first_aired,
          episode: serializeEpisode(e, ext),
          show: serializeShow(store.db.shows[e.showId]!, ext),
        }))
      return HttpResponse.json(rows)
    }
  const movies =
    (dvd: boolean): Parameters<typeof http.get>[1] =>
    ({ request, params }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const range = windowOf(store.now(), params.startDate, params.days)
      if (!range) return fail.status(400)
      const state = stateOf(store.db, slug)
      const hidden = new Set(
        state.hidden.filter((h) => h.section === 'calendar' && h.item.type === 'movie').map((h) => h.item.id),
      )
      const ids = new Set(
        [...state.watchlist, ...state.collection].flatMap((w) =>
          w.item.type === 'movie' && !hidden.has(w.item.id) ? [w.item.id] : [],
        ),
      )
      const ext = extendedLevels(request)
      const rows = [...ids]
        .flatMap((id) => {
          const movie = store.db.movies[id]
          if (!movie) return []
          const physical = movie.extra.releases.find(
            (r) => r.release_type === 'physical' && (r.country === 'us' || r.country === movie.country),
          )
          const date = dvd ? (physical?.release_date ?? null) : movie.released
          const at = date ? new Date(date).toISOString() : null
          return at && at >= range[0] && at < range[1]
            ? [{ released: date!.slice(0, 10), movie: serializeMovie(movie, ext) }]
            : []
        })
        .sort((a, b) => (a.released < b.released ? -1 : 1))
      return HttpResponse.json(rows)
    }
  const base = `${apiUrl}/calendars/my`
  const routes: [string, Parameters<typeof http.get>[1]][] = [
    ['shows/new', shows((e) => e.season === 1 && e.number === 1)],
    ['shows/premieres', shows((e) => e.season > 0 && e.number === 1)],
    ['shows/finales', shows((e) => FINALES.has(e.episode_type))],
    ['shows', shows(() => true)],
    ['movies', movies(false)],
    ['dvd', movies(true)],
  ]
  return routes.flatMap(([path, resolver]) => [
    http.get(`${base}/${path}`, resolver),
    http.get(`${base}/${path}/:startDate`, resolver),
    http.get(`${base}/${path}/:startDate/:days`, resolver),
  ])
}
