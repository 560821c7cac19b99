import { http, HttpResponse, type RequestHandler } from 'msw'
import type { Movie, SandboxDb, Show } from '../../db/types'
import { extendedLevels, fail, paginate, type SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'
import { titleFilter } from './filters'
import { serializeMovie, serializeShow } from './serialize'

type Kind = 'movies' | 'shows'
type Title = Movie | Show

/** How much bigger each period's counters are than a week's. */
const PERIODS: Record<string, number> = { daily: 1 / 7, weekly: 1, monthly: 4.3, yearly: 52, all: 260 }

function titlesOf(db: SandboxDb, kind: Kind): Title[] {
  return Object.values(kind === 'movies' ? db.movies : db.shows)
}

function isUpcoming(db: SandboxDb, kind: Kind, title: Title, now: Date): boolean {
  if (kind === 'movies')
    return !!(title as Movie).released && new Date(`${(title as Movie).released}T00:00:00Z`) > now
  if (title.status === 'upcoming' || title.status === 'planned' || title.status === 'in production')
    return true
  // A returning series whose next season premiere is still ahead is anticipated too.
  return Object.values(db.episodes).some(
    (e) =>
      e.showId === title.ids.trakt &&
      e.number === 1 &&
      e.season > 0 &&
      !!e.first_aired &&
      new Date(e.first_aired) > now,
  )
}

/** trending, popular, favorited, played, watched, collected, anticipated and updates for movies or shows. */
export function chartHandlers(store: SandboxStore, urls: SandboxUrls, kind: Kind): RequestHandler[] {
  const base = `${urls.apiUrl}/${kind}`
  const key = kind === 'movies' ? 'movie' : 'show'
  const serialize = (t: Title, levels: Set<string>) =>
    kind === 'movies' ? serializeMovie(t as Movie, levels) : serializeShow(t as Show, levels)
  const filtered = (request: Request) => titlesOf(store.db, kind).filter(titleFilter(request))
  const period = (params: Record<string, unknown>) => PERIODS[String(params.period ?? 'weekly')]

  const counters = (t: Title, factor: number) => ({
    watcher_count: Math.round(t.extra.plays * 0.4 * factor),
    play_count: Math.round(t.extra.plays * factor),
    collected_count: Math.round(t.extra.collectors * factor),
    ...(kind === 'shows' ? { collector_count: Math.round(t.extra.collectors * 0.1 * factor) } : {}),
  })
  const periodChart = (field: 'watcher_count' | 'play_count' | 'collected_count') =>
    http.get(
      `${base}/${field === 'watcher_count' ? 'watched' : field === 'play_count' ? 'played' : 'collected'}/:period?`,
      ({ request, params }) => {
        const factor = period(params)
        if (factor === undefined) return fail.notFound()
        const levels = extendedLevels(request)
        const rows = filtered(request)
          .map((t) => ({ t, c: counters(t, factor) }))
          .filter((r) => r.c[field] > 0)
          .sort((a, b) => b.c[field] - a.c[field])
          .map((r) => ({ ...r.c, [key]: serialize(r.t, levels) }))
        return paginate(request, rows)
      },
    )

  return [
    http.get(`${base}/trending`, ({ request }) => {
      const levels = extendedLevels(request)
      const rows = filtered(request)
        .filter((t) => t.extra.watchers > 0)
        .sort((a, b) => b.extra.watchers - a.extra.watchers)
        .map((t) => ({ watchers: t.extra.watchers, [key]: serialize(t, levels) }))
      return paginate(request, rows, {
        headers: { 'X-Trending-User-Count': String(rows.reduce((n, r) => n + r.watchers, 0)) },
      })
    }),
    http.get(`${base}/popular`, ({ request }) => {
      const levels = extendedLevels(request)
      const rows = filtered(request)
        .filter((t) => t.votes > 0)
        .sort((a, b) => b.rating * Math.log10(b.votes + 1) - a.rating * Math.log10(a.votes + 1))
        .map((t) => serialize(t, levels))
      return paginate(request, rows)
    }),
    http.get(`${base}/favorited/:period?`, ({ request, params }) => {
      const factor = period(params)
      if (factor === undefined) return fail.notFound()
      const levels = extendedLevels(request)
      const rows = filtered(request)
        .map((t) => ({ t, n: Math.round(t.votes * 0.08 * Math.min(factor, 10)) }))
        .filter((r) => r.n > 0)
        .sort((a, b) => b.n - a.n)
        .map((r) => ({ user_count: r.n, [key]: serialize(r.t, levels) }))
      return paginate(request, rows)
    }),
    periodChart('play_count'),
    periodChart('watcher_count'),
    periodChart('collected_count'),
    http.get(`${base}/anticipated`, ({ request }) => {
      const levels = extendedLevels(request)
      const now = store.now()
      const rows = filtered(request)
        .filter((t) => isUpcoming(store.db, kind, t, now))
        .sort((a, b) => b.extra.anticipated - a.extra.anticipated)
        .map((t) => ({ list_count: t.extra.anticipated, [key]: serialize(t, levels) }))
      return paginate(request, rows)
    }),
    http.get(`${base}/updates/id/:start_date?`, ({ request, params }) => {
      const since = startDate(params.start_date, store.now())
      if (!since) return fail.status(400)
      const rows = titlesOf(store.db, kind)
        .filter((t) => t.updated_at >= since)
        .sort((a, b) => b.updated_at.localeCompare(a.updated_at))
        .map((t) => t.ids.trakt)
      return paginate(request, rows)
    }),
    http.get(`${base}/updates/:start_date?`, ({ request, params }) => {
      const since = startDate(params.start_date, store.now())
      if (!since) return fail.status(400)
      const levels = extendedLevels(request)
      const rows = titlesOf(store.db, kind)
        .filter((t) => t.updated_at >= since)
        .sort((a, b) => b.updated_at.localeCompare(a.updated_at))
        .map((t) => ({ updated_at: t.updated_at, [key]: serialize(t, levels) }))
      return paginate(request, rows)
    }),
  ]
}

/** `start_date` (YYYY-MM-DD or ISO) as an ISO string; defaults to a day before now. */
function startDate(raw: unknown, now: Date): string | null {
  if (raw === undefined || raw === '') return new Date(now.getTime() - 86_400_000).toISOString()
  const date = new Date(String(raw))
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** `/movies/boxoffice`: the top 10 grossing movies (not paginated). */
export function boxOfficeHandler(store: SandboxStore, urls: SandboxUrls): RequestHandler {
  return http.get(`${urls.apiUrl}/movies/boxoffice`, ({ request }) => {
    const levels = extendedLevels(request)
    const rows = Object.values(store.db.movies)
      .filter((m) => m.extra.boxOffice)
      .sort((a, b) => b.extra.boxOffice! - a.extra.boxOffice!)
      .slice(0, 10)
      .map((m) => ({ revenue: m.extra.boxOffice, movie: serializeMovie(m, levels) }))
    return HttpResponse.json(rows)
  })
}
