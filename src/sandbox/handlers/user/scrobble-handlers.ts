import { http, HttpResponse, type RequestHandler } from 'msw'
import { touchActivities } from '../../db/users/activities'
import { fail } from '../../http'
import type { SandboxStore } from '../../store'
import { playItemOf, runtimeOf, SHARING } from './checkin-handlers'
import { addPlays } from './history-writes'
import { serializeItem } from '../catalog/serialize'
import { nowIso, readBody, requireUser, stateOf } from './user-access'
import { sameRef } from './write-results'

/** Trakt scrobbles a stop at 80% or more; below that a stop is a pause. */
export const SCROBBLE_THRESHOLD = 80

/** Under this, a stop is refused with 422 (the contract's note on /scrobble/stop). */
const MIN_STOP_PROGRESS = 1

/** /scrobble/start, /pause and /stop. */
export function scrobbleHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  const handle =
    (action: 'start' | 'pause' | 'stop'): Parameters<typeof http.post>[1] =>
    async ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const body = await readBody(request)
      const item = playItemOf(store.db, body)
      if (!item) return fail.notFound()
      const progress = Math.max(0, Math.min(100, Number(body.progress) || 0))
      const state = stateOf(store.db, slug)
      const now = nowIso(store)
      const nowMs = Date.parse(now)
      const { type: _type, ...media } = serializeItem(store.db, item, new Set()) ?? {}
      const answer = (id: number, result: string) =>
        HttpResponse.json({ id, action: result, progress, sharing: SHARING, ...media }, { status: 201 })
      const watching =
        state.checkin && sameRef(state.checkin.item, item) && state.checkin.action === 'scrobble'
      const dropPlayback = () => (state.playback = state.playback.filter((p) => !sameRef(p.item, item)))
      const pausedKey = item.type === 'movie' ? 'movies.paused_at' : 'episodes.paused_at'

      if (action === 'start') {
        // Starting (or unpausing) clears saved progress and shows the item as "watching" for the remaining runtime.
        dropPlayback()
        state.checkin = {
          id: store.nextId(),
          item,
          started_at: now,
          expires_at: new Date(nowMs + runtimeOf(store.db, item) * (1 - progress / 100)).toISOString(),
          action: 'scrobble',
        }
        touchActivities(state, [pausedKey], now)
        store.changed()
        return answer(0, 'start')
      }
      // The contract: a stop under 1% is refused (422) and the scrobble ignored; the watching status stays.
      if (action === 'stop' && progress < MIN_STOP_PROGRESS)
        return HttpResponse.json({ errors: { progress: ['must be at least 1%'] } }, { status: 422 })
      if (watching) state.checkin = null
      if (action === 'stop' && progress >= SCROBBLE_THRESHOLD) {
        const recent = state.history.filter((h) => sameRef(h.item, item) && h.action === 'scrobble').at(-1)
        // The same item scrobbled within its runtime is a duplicate (e.g. two players reporting the same stop).
        if (recent && Date.parse(recent.watched_at) + runtimeOf(store.db, item) > nowMs) {
          return HttpResponse.json(
            {
              watched_at: recent.watched_at,
              expires_at: new Date(Date.parse(recent.watched_at) + runtimeOf(store.db, item)).toISOString(),
            },
            { status: 409 },
          )
        }
        dropPlayback()
        addPlays(store.db, state, [{ watched_at: now, action: 'scrobble', item }], store.nextId, now)
        touchActivities(state, [pausedKey], now)
        store.changed()
        return answer(state.history.at(-1)!.id, 'scrobble')
      }
      // Pause, or a stop below the threshold: save the position for /sync/playback.
      dropPlayback()
      const entry = { id: store.nextId(), progress, paused_at: now, item }
      state.playback.push(entry)
      touchActivities(state, [pausedKey], now)
      store.changed()
      return answer(entry.id, 'pause')
    }
  return [
    http.post(`${apiUrl}/scrobble/start`, handle('start')),
    http.post(`${apiUrl}/scrobble/pause`, handle('pause')),
    http.post(`${apiUrl}/scrobble/stop`, handle('stop')),
  ]
}
