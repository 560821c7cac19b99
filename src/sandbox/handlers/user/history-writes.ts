import { http, HttpResponse, type RequestHandler } from 'msw'
import { type ActivityKey, groupOf, touchActivities } from '../../db/users/activities'
import { airedEpisodes, findSeason, isAired } from '../../db/users/catalog-index'
import type { HistoryEntry, SandboxDb, UserState } from '../../db/types'
import type { SandboxStore } from '../../store'
import { resolvePlays } from './resolve-items'
import { nowIso, readBody, requireUser, stateOf } from './user-access'
import { bump, counters, notFoundBody } from './write-results'

/** `watched_at`/`collected_at` as sent: an ISO date, `released` (the item's release), or now. */
export function whenFor(db: SandboxDb, item: HistoryEntry['item'], value: unknown, now: string): string {
  if (value === 'released') {
    const date = item.type === 'movie' ? db.movies[item.id]?.released : db.episodes[item.id]?.first_aired
    if (date) return new Date(date).toISOString()
    return now
  }
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString()
  return now
}

/**
 * When a watched show (or season) leaves the watchlist. The reference: "For shows and seasons, watching 1 episode
 * will remove the entire show or season" ('first-play'); 'all-aired' waits until every aired episode is watched.
 */
export const SHOW_WATCHLIST_REMOVAL: 'first-play' | 'all-aired' = 'first-play'

function allAiredWatched(
  db: SandboxDb,
  state: UserState,
  showId: number,
  season: number | null,
  now: Date,
): boolean {
  const watched = new Set(state.history.filter((h) => h.item.type === 'episode').map((h) => h.item.id))
  return airedEpisodes(db, showId, now).every(
    (e) => (season !== null && e.season !== season) || watched.has(e.ids.trakt),
  )
}

/** Trakt's auto-removal: a watched movie or episode leaves the watchlist, and so do its show and season. */
export function removeWatchedFromWatchlist(
  db: SandboxDb,
  state: UserState,
  plays: HistoryEntry['item'][],
  at: string,
): void {
  const gone = new Set<string>()
  const now = new Date(at)
  for (const item of plays) {
    gone.add(`${item.type}:${item.id}`)
    if (item.type === 'episode') {
      const episode = db.episodes[item.id]
      if (!episode) continue
      const strict = (SHOW_WATCHLIST_REMOVAL as string) === 'all-aired'
      if (!strict || allAiredWatched(db, state, episode.showId, null, now)) gone.add(`show:${episode.showId}`)
      const season = findSeason(db, episode.showId, episode.season)
      if (season && (!strict || allAiredWatched(db, state, episode.showId, episode.season, now)))
        gone.add(`season:${season.ids.trakt}`)
    }
  }
  const before = state.watchlist.length
  const removed = state.watchlist.filter((w) => gone.has(`${w.item.type}:${w.item.id}`))
  state.watchlist = state.watchlist.filter((w) => !gone.has(`${w.item.type}:${w.item.id}`))
  if (state.watchlist.length === before) return
  state.watchlist.sort((a, b) => a.rank - b.rank).forEach((w, i) => (w.rank = i + 1))
  const keys: ActivityKey[] = ['watchlist.updated_at']
  for (const w of removed) {
    const group = groupOf(w.item.type)
    if (group) keys.push(`${group}.watchlisted_at`)
  }
  touchActivities(state, keys, at)
}

/** Records plays (used by history add, scrobble stop and expiring check-ins). */
export function addPlays(
  db: SandboxDb,
  state: UserState,
  plays: Omit<HistoryEntry, 'id'>[],
  nextId: () => number,
  at: string,
): void {
  for (const play of plays) state.history.push({ id: nextId(), ...play })
  if (plays.some((p) => p.item.type === 'movie')) touchActivities(state, ['movies.watched_at'], at)
  if (plays.some((p) => p.item.type === 'episode')) touchActivities(state, ['episodes.watched_at'], at)
  removeWatchedFromWatchlist(
    db,
    state,
    plays.map((p) => p.item),
    at,
  )
}

/** POST /sync/history and /sync/history/remove. */
export function historyWriteHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  return [
    http.post(`${apiUrl}/sync/history/remove`, async ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const body = await readBody(request)
      const state = stateOf(store.db, slug)
      const resolution = resolvePlays(store.db, body)
      const deleted = counters(['movies', 'episodes'])
      const keys = new Set(resolution.items.map((i) => `${i.ref.type}:${i.ref.id}`))
      const ids = new Set(Array.isArray(body.ids) ? body.ids.map(Number) : [])
      const found = new Set<number>()
      state.history = state.history.filter((h) => {
        const hit = keys.has(`${h.item.type}:${h.item.id}`) || ids.has(h.id)
        if (ids.has(h.id)) found.add(h.id)
        if (hit) bump(deleted, h.item.type)
        return !hit
      })
      const at = nowIso(store)
      if (deleted.movies) touchActivities(state, ['movies.watched_at'], at)
      if (deleted.episodes) touchActivities(state, ['episodes.watched_at'], at)
      store.changed()
      return HttpResponse.json({
        deleted,
        not_found: { ...notFoundBody(resolution), ids: [...ids].filter((id) => !found.has(id)) },
      })
    }),
    http.post(`${apiUrl}/sync/history`, async ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const body = await readBody(request)
      const state = stateOf(store.db, slug)
      const resolution = resolvePlays(store.db, body)
      const now = nowIso(store)
      const added = counters(['movies', 'episodes'])
      const plays: Omit<HistoryEntry, 'id'>[] = []
      for (const { ref, input, expanded } of resolution.items) {
        if (ref.type !== 'movie' && ref.type !== 'episode') continue
        // A whole show or season only marks what has aired; unaired episodes are skipped like on Trakt.
        if (expanded && ref.type === 'episode' && !isAired(store.db.episodes[ref.id]!, store.now())) continue
        plays.push({ watched_at: whenFor(store.db, ref, input.watched_at, now), action: 'watch', item: ref })
        bump(added, ref.type)
      }
      addPlays(store.db, state, plays, store.nextId, now)
      store.changed()
      return HttpResponse.json(
        { added, not_found: notFoundBody(resolution, ['movies', 'shows', 'seasons', 'episodes', 'people']) },
        { status: 201 },
      )
    }),
  ]
}
