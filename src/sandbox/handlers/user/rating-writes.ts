import { http, HttpResponse, type RequestHandler } from 'msw'
import { groupOf, touchActivities, type ActivityKey } from '../../db/users/activities'
import type { SandboxStore } from '../../store'
import { type BodyKey, KEY_OF, resolveDirect } from './resolve-items'
import { nowIso, readBody, requireUser, stateOf } from './user-access'
import { bump, counters, notFoundBody, sameRef } from './write-results'

const KEYS = ['movies', 'shows', 'seasons', 'episodes'] as const

/** POST /sync/ratings (1-10, optional rated_at) and /sync/ratings/remove. */
export function ratingWriteHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  const touched = (types: Set<string>): ActivityKey[] =>
    [...types].flatMap((t) => {
      const group = groupOf(t as 'movie')
      return group ? [`${group}.rated_at` as const] : []
    })
  return [
    http.post(`${apiUrl}/sync/ratings/remove`, async ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const state = stateOf(store.db, slug)
      const resolution = resolveDirect(store.db, await readBody(request))
      const deleted = counters([...KEYS])
      const types = new Set<string>()
      for (const { ref } of resolution.items) {
        const before = state.ratings.length
        state.ratings = state.ratings.filter((r) => !sameRef(r.item, ref))
        if (state.ratings.length < before) {
          bump(deleted, ref.type)
          types.add(ref.type)
        }
      }
      touchActivities(state, touched(types), nowIso(store))
      store.changed()
      return HttpResponse.json({ deleted, not_found: notFoundBody(resolution) })
    }),
    http.post(`${apiUrl}/sync/ratings`, async ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const state = stateOf(store.db, slug)
      const resolution = resolveDirect(store.db, await readBody(request))
      const now = nowIso(store)
      const added = counters([...KEYS])
      const types = new Set<string>()
      for (const { ref, input } of resolution.items) {
        const rating = Number(input.rating)
        if (ref.type === 'person' || !Number.isInteger(rating) || rating < 1 || rating > 10) {
          resolution.notFound[KEY_OF[ref.type] as BodyKey].push(input)
          continue
        }
        const ratedAt =
          typeof input.rated_at === 'string' && !Number.isNaN(Date.parse(input.rated_at))
            ? new Date(input.rated_at).toISOString()
            : now
        state.ratings = state.ratings.filter((r) => !sameRef(r.item, ref))
        state.ratings.push({ rated_at: ratedAt, rating, item: ref })
        bump(added, ref.type)
        types.add(ref.type)
      }
      touchActivities(state, touched(types), now)
      store.changed()
      return HttpResponse.json({ added, not_found: notFoundBody(resolution) }, { status: 201 })
    }),
  ]
}
