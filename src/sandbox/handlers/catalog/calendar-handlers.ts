import { http, HttpResponse, type RequestHandler } from 'msw'
import type { Episode, Movie } from '../../db/types'
import { extendedLevels, fail, type SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'
import { titleFilter } from './filters'
import { serializeEpisode, serializeMovie, serializeShow } from './serialize'

type Window = { start: Date; end: Date }

/** `start_date` (default today, UTC) and `days` (default 7, at most 31) as a half-open window. */
function windowOf(params: Record<string, unknown>, now: Date): Window | null {
  const rawStart = params.start_date ? String(params.start_date) : now.toISOString().slice(0, 10)
  const days = params.days === undefined ? 7 : Number(params.days)
  if (!/^\d{4}-\d{2}-\d{2}/.test(rawStart) || !Number.isInteger(days) || days < 1 || days > 31) return null
  const start = new Date(`${rawStart.slice(0, 10)}T00:00:00.000Z`)
  if (Number.isNaN(start.getTime())) return null
  return { start, end: new Date(start.getTime() + days * 86_400_000) }
}

const SHOW_KINDS: Record<string, (e: Episode) => boolean> = {
  shows: () => true,
  'shows/new': (e) => e.season === 1 && e.number === 1,
  'shows/premieres': (e) => e.season > 0 && e.number === 1,
  'shows/finales': (e) => ['season_finale', 'series_finale', 'mid_season_finale'].includes(e.episode_type),
}

const MOVIE_KINDS: Record<string, string> = { movies: 'theatrical', dvd: 'physical', streaming: 'digital' }

type Row = { at: string; id: number; body: Record<string, unknown> }

/** Episode rows of a calendar window (`first_aired` in [start, end)), filters applied to their show. */
function episodeRows(
  store: SandboxStore,
  request: Request,
  window: Window,
  matches: (e: Episode) => boolean,
): Row[] {
  const levels = extendedLevels(request)
  const keep = titleFilter(request)
  return Object.values(store.db.episodes)
    .filter(
      (e) =>
        e.first_aired &&
        new Date(e.first_aired) >= window.start &&
        new Date(e.first_aired) < window.end &&
        matches(e),
    )
    .flatMap((e) => {
      const show = store.db.shows[e.showId]
      if (!show || !keep(show)) return []
      return [
        {
          at: e.first_aired!,
          id: e.ids.trakt,
          body: {
            first_aired: e.first_aired,
            episode: serializeEpisode(e, levels),
            show: serializeShow(show, levels),
          },
        },
      ]
    })
}

/** Movie rows whose US release of `releaseType` falls in the window (theatrical uses `released`). */
function movieRows(store: SandboxStore, request: Request, window: Window, releaseType: string): Row[] {
  const levels = extendedLevels(request)
  const keep = titleFilter(request)
  const dateOf = (m: Movie) =>
    releaseType === 'theatrical'
      ? m.released
      : (m.extra.releases.find((r) => r.country === 'us' && r.release_type === releaseType)?.release_date ??
        null)
  const from = window.start.toISOString().slice(0, 10)
  const to = window.end.toISOString().slice(0, 10)
  return Object.values(store.db.movies).flatMap((m) => {
    const date = dateOf(m)
    if (!date || date < from || date >= to || !keep(m)) return []
    return [
      {
        at: `${date}T00:00:00.000Z`,
        id: m.ids.trakt,
        body: { released: date, movie: serializeMovie(m, levels) },
      },
    ]
  })
}

const sorted = (rows: Row[]) =>
  rows.sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id).map((r) => r.body)

/** `/calendars/all/*`: what airs or releases between start_date and start_date + days. */
export function calendarHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  const base = `${urls.apiUrl}/calendars/all`
  const route = (path: string, rows: (request: Request, window: Window) => Row[]) =>
    http.get(`${base}/${path}/:start_date?/:days?`, ({ request, params }) => {
      const window = windowOf(params, store.now())
      return window ? HttpResponse.json(sorted(rows(request, window))) : fail.status(400)
    })
  const showRoutes = Object.entries(SHOW_KINDS).map(([path, matches]) =>
    route(path, (request, window) => episodeRows(store, request, window, matches)),
  )
  const movieRoutes = Object.entries(MOVIE_KINDS).map(([path, type]) =>
    route(path, (request, window) => movieRows(store, request, window, type)),
  )
  // The merged feed: theatrical releases and every airing episode, by availability (`type` narrows it).
  const media = route('media', (request, window) => {
    const type = new URL(request.url).searchParams.get('type')
    return [
      ...(type === 'show' ? [] : movieRows(store, request, window, 'theatrical')),
      ...(type === 'movie' ? [] : episodeRows(store, request, window, () => true)),
    ]
  })
  // The bare shows route goes last: its optional params would otherwise swallow /shows/new etc.
  return [...showRoutes.slice(1), showRoutes[0]!, ...movieRoutes, media]
}
