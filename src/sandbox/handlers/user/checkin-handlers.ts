import { http, HttpResponse, type RequestHandler } from 'msw'
import { touchActivities } from '../../db/users/activities'
import { findEpisode } from '../../db/users/catalog-index'
import type { HistoryEntry, SandboxDb } from '../../db/types'
import { fail } from '../../http'
import type { SandboxStore } from '../../store'
import { settleCheckin } from './checkin-state'
import { addPlays } from './history-writes'
import { findEpisodeId, findMovieId, findShowId, type InputItem } from './resolve-items'
import { serializeItem } from '../catalog/serialize'
import { nowIso, readBody, requireUser, stateOf } from './user-access'

type PlayItem = HistoryEntry['item']

/** The movie or episode of a check-in/scrobble body: `movie`, `episode` by ids, or `show` + `episode` by numbers. */
export function playItemOf(db: SandboxDb, body: Record<string, unknown>): PlayItem | null {
  const movie = body.movie as InputItem | undefined
  if (movie) {
    const id = findMovieId(db, movie.ids)
    return id === undefined ? null : { type: 'movie', id }
  }
  const episode = body.episode as (InputItem & { season?: number; number?: number }) | undefined
  if (!episode) return null
  const show = body.show as InputItem | undefined
  if (show) {
    const showId = findShowId(db, show.ids)
    const found =
      showId === undefined
        ? undefined
        : findEpisode(db, showId, Number(episode.season), Number(episode.number))
    if (found) return { type: 'episode', id: found.ids.trakt }
  }
  const id = findEpisodeId(db, episode.ids)
  return id === undefined ? null : { type: 'episode', id }
}

/** Runtime in ms (check-ins and scrobbles expire after it). */
export function runtimeOf(db: SandboxDb, item: PlayItem): number {
  const minutes = item.type === 'movie' ? db.movies[item.id]?.runtime : db.episodes[item.id]?.runtime
  return (minutes ?? (item.type === 'movie' ? 120 : 45)) * 60_000
}

export const SHARING = { twitter: false, mastodon: false, tumblr: false }

/** POST /checkin (409 with expires_at while one is active) and DELETE /checkin. */
export function checkinHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  return [
    http.post(`${apiUrl}/checkin`, async ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const body = await readBody(request)
      const item = playItemOf(store.db, body)
      if (!item) return fail.notFound()
      const active = settleCheckin(store, slug)
      if (active) return HttpResponse.json({ expires_at: active.expires_at }, { status: 409 })
      const state = stateOf(store.db, slug)
      const now = nowIso(store)
      // The play is recorded straight away (its id is the check-in's id); cancelling removes it again.
      addPlays(store.db, state, [{ watched_at: now, action: 'checkin', item }], store.nextId, now)
      const entry = state.history.at(-1)!
      state.checkin = {
        id: entry.id,
        item,
        started_at: now,
        expires_at: new Date(Date.parse(now) + runtimeOf(store.db, item)).toISOString(),
        action: 'checkin',
      }
      store.changed()
      const { type: _type, ...media } = serializeItem(store.db, item, new Set()) ?? {}
      return HttpResponse.json(
        {
          id: entry.id,
          watched_at: now,
          sharing: { ...SHARING, ...(body.sharing as object | undefined) },
          ...media,
        },
        { status: 201 },
      )
    }),
    http.delete(`${apiUrl}/checkin`, ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const state = stateOf(store.db, slug)
      const active = settleCheckin(store, slug)
      if (active) {
        if (active.action === 'checkin') state.history = state.history.filter((h) => h.id !== active.id)
        state.checkin = null
        touchActivities(
          state,
          [active.item.type === 'movie' ? 'movies.watched_at' : 'episodes.watched_at'],
          nowIso(store),
        )
        store.changed()
      }
      return new HttpResponse(null, { status: 204 })
    }),
  ]
}
