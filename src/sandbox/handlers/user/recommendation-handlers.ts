import { http, HttpResponse, type RequestHandler } from 'msw'
import { touchActivities } from '../../db/users/activities'
import { extendedLevels, fail } from '../../http'
import type { SandboxStore } from '../../store'
import { findByPathId } from './resolve-items'
import { serializeMovie, serializeShow, serializeUser } from '../catalog/serialize'
import { nowIso, requireUser, stateOf } from './user-access'

/**
 * Personal recommendations: well-rated titles in the genres the user watches most, never ones already watched
 * or hidden from recommendations; optionally not collected or watchlisted.
 */
export function recommendationHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  const list =
    (type: 'movies' | 'shows'): Parameters<typeof http.get>[1] =>
    ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const q = new URL(request.url).searchParams
      const limit = Math.min(100, Math.max(1, Number(q.get('limit')) || 10))
      const state = stateOf(store.db, slug)
      const db = store.db
      const singular = type === 'movies' ? 'movie' : 'show'
      const watched = new Set(
        state.history.map((h) =>
          h.item.type === 'movie' ? `movie:${h.item.id}` : `show:${db.episodes[h.item.id]?.showId}`,
        ),
      )
      const excluded = new Set(
        state.hidden.filter((h) => h.section === 'recommendations').map((h) => `${h.item.type}:${h.item.id}`),
      )
      const collected = new Set(
        state.collection.map((c) =>
          c.item.type === 'movie' ? `movie:${c.item.id}` : `show:${db.episodes[c.item.id]?.showId}`,
        ),
      )
      const listed = new Set(state.watchlist.map((w) => `${w.item.type}:${w.item.id}`))
      const genreWeight = new Map<string, number>()
      for (const key of watched) {
        const [kind, id] = key.split(':') as [string, string]
        const record = kind === 'movie' ? db.movies[id] : db.shows[id]
        for (const g of record?.genres ?? []) genreWeight.set(g, (genreWeight.get(g) ?? 0) + 1)
      }
      const records = type === 'movies' ? Object.values(db.movies) : Object.values(db.shows)
      const ext = extendedLevels(request)
      const rows = records
        .filter((r) => {
          const key = `${singular}:${r.ids.trakt}`
          if (watched.has(key) || excluded.has(key)) return false
          if (q.get('ignore_collected') === 'true' && collected.has(key)) return false
          if (q.get('ignore_watchlisted') === 'true' && listed.has(key)) return false
          return true
        })
        .map((r) => ({
          r,
          score:
            r.rating * Math.log10(r.votes + 10) +
            r.genres.reduce((sum, g) => sum + (genreWeight.get(g) ?? 0), 0) / 10,
        }))
        .sort((a, b) => b.score - a.score || a.r.ids.trakt - b.r.ids.trakt)
        .slice(0, limit)
        .map(({ r }) => ({
          ...('released' in r ? serializeMovie(r, ext) : serializeShow(r, ext)),
          ...fromFollowed(slug, singular, r.ids.trakt),
        }))
      return HttpResponse.json(rows)
    }
  // Who among the people the user follows favorited or rated the title highly (Trakt's "recommended by").
  const fromFollowed = (slug: string, type: 'movie' | 'show', id: number) => {
    const followed = store.db.follows.filter((f) => f.follower === slug).map((f) => f.followed)
    const has = (entries: { item: { type: string; id: number } }[]) =>
      entries.some((e) => e.item.type === type && e.item.id === id)
    const users = (pick: (other: string) => boolean) =>
      followed.filter(pick).flatMap((other) => {
        const user = store.db.users[other]
        return user ? [{ ...serializeUser(user, new Set()), notes: '' }] : []
      })
    return {
      favorited_by: users((other) => has(store.db.userState[other]?.favorites ?? [])),
      recommended_by: users((other) =>
        (store.db.userState[other]?.ratings ?? []).some(
          (r) => r.item.type === type && r.item.id === id && r.rating >= 8,
        ),
      ),
    }
  }
  const hide =
    (type: 'movie' | 'show'): Parameters<typeof http.delete>[1] =>
    ({ request, params }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const id = findByPathId(store.db, type, String(params.id))
      if (id === undefined) return fail.notFound()
      const state = stateOf(store.db, slug)
      const now = nowIso(store)
      if (
        !state.hidden.some((h) => h.section === 'recommendations' && h.item.type === type && h.item.id === id)
      ) {
        state.hidden.push({ section: 'recommendations', hidden_at: now, item: { type, id } })
      }
      touchActivities(
        state,
        [
          type === 'movie' ? 'movies.recommendations_at' : 'shows.recommendations_at',
          'recommendations.updated_at',
        ],
        now,
      )
      store.changed()
      return new HttpResponse(null, { status: 204 })
    }
  return [
    http.get(`${apiUrl}/recommendations/movies`, list('movies')),
    http.get(`${apiUrl}/recommendations/shows`, list('shows')),
    http.delete(`${apiUrl}/recommendations/movies/:id`, hide('movie')),
    http.delete(`${apiUrl}/recommendations/shows/:id`, hide('show')),
  ]
}
