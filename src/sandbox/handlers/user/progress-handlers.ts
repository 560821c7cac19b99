import { http, HttpResponse, type RequestHandler } from 'msw'
import { touchActivities } from '../../db/users/activities'
import { extendedLevels, fail, paginate } from '../../http'
import type { SandboxStore } from '../../store'
import { progressOptions, showProgress } from './progress-view'
import { findByPathId } from './resolve-items'
import { serializeShow } from '../catalog/serialize'
import { nowIso, requireUser, stateOf } from './user-access'

const lastAt = (progress: object) =>
  String((progress as { last_watched_at?: string | null }).last_watched_at ?? '')

type Summary = { aired: number; completed: number; next_episode: unknown }

/** /shows/:id/progress/{watched,collection}, progress reset, /sync/progress/up_next and /sync/progress/watched. */
export function progressHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  /** Per started show, the progress summary (no seasons), most recently watched first. */
  const summaries =
    (
      keep: (p: Summary, rewatching: boolean) => boolean,
      includeHidden: boolean,
    ): Parameters<typeof http.get>[1] =>
    ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const state = stateOf(store.db, slug)
      const ext = extendedLevels(request)
      // Up next leaves out shows hidden from progress or dropped; the full progress list keeps them.
      const hiddenShows = new Set(
        state.hidden
          .filter(
            (h) => (h.section === 'progress_watched' || h.section === 'dropped') && h.item.type === 'show',
          )
          .map((h) => h.item.id),
      )
      const showIds = new Set(
        state.history.flatMap((h) =>
          h.item.type === 'episode' ? [store.db.episodes[h.item.id]?.showId ?? -1] : [],
        ),
      )
      const options = { hidden: false, specials: false, countSpecials: false, lastActivity: 'aired' as const }
      const rows = [...showIds]
        .filter((id) => store.db.shows[id] && (includeHidden || !hiddenShows.has(id)))
        .map((id) => ({
          id,
          progress: showProgress(store.db, state, id, 'watched', options, ext, store.now()),
        }))
        .filter((r) => keep(r.progress, state.resets[String(r.id)] !== undefined))
        .sort((a, b) => (lastAt(a.progress) < lastAt(b.progress) ? 1 : -1))
        .map((r) => {
          const { seasons: _seasons, hidden_seasons: _hidden, ...summary } = r.progress
          return { show: serializeShow(store.db.shows[r.id]!, ext), progress: summary }
        })
      return paginate(request, rows)
    }

  const progress =
    (kind: 'watched' | 'collection'): Parameters<typeof http.get>[1] =>
    ({ request, params }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const showId = findByPathId(store.db, 'show', String(params.id))
      if (showId === undefined) return fail.notFound()
      const body = showProgress(
        store.db,
        stateOf(store.db, slug),
        showId,
        kind,
        progressOptions(request),
        extendedLevels(request),
        store.now(),
      )
      return HttpResponse.json(body)
    }
  const reset =
    (on: boolean): Parameters<typeof http.post>[1] =>
    ({ request, params }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const showId = findByPathId(store.db, 'show', String(params.id))
      if (showId === undefined) return fail.notFound()
      const state = stateOf(store.db, slug)
      const now = nowIso(store)
      if (on) state.resets[String(showId)] = now
      else delete state.resets[String(showId)]
      touchActivities(state, ['episodes.watched_at'], now)
      store.changed()
      return on ? HttpResponse.json({ reset_at: now }) : new HttpResponse(null, { status: 204 })
    }
  return [
    http.get(`${apiUrl}/shows/:id/progress/watched`, progress('watched')),
    http.get(`${apiUrl}/shows/:id/progress/collection`, progress('collection')),
    http.post(`${apiUrl}/shows/:id/progress/watched/reset`, reset(true)),
    http.delete(`${apiUrl}/shows/:id/progress/watched/reset`, reset(false)),
    http.get(
      `${apiUrl}/sync/progress/up_next`,
      summaries((p) => p.next_episode !== null && p.completed > 0, false),
    ),
    http.get(`${apiUrl}/sync/progress/watched`, ({ request, ...rest }) => {
      const q = new URL(request.url).searchParams
      const keep = (p: Summary, rewatching: boolean) =>
        !(q.get('hide_completed') === 'true' && p.completed >= p.aired) &&
        !(q.get('hide_not_completed') === 'true' && p.completed < p.aired) &&
        !(q.get('only_rewatching') === 'true' && !rewatching)
      return summaries(keep, true)({ request, ...rest })
    }),
  ]
}
