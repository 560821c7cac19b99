import { http, HttpResponse, type RequestHandler } from 'msw'
import { type ActivityKey, groupOf, touchActivities } from '../../db/users/activities'
import type { UserState, WatchlistEntry } from '../../db/types'
import { fail } from '../../http'
import type { SandboxStore } from '../../store'
import { limitFor, overLimit } from './limits'
import { type BodyKey, KEY_OF, resolveDirect } from './resolve-items'
import { nowIso, readBody, requireUser, stateOf } from './user-access'
import { bump, counters, notFoundBody, sameRef } from './write-results'

const KEYS = ['movies', 'shows', 'seasons', 'episodes'] as const
type Kind = 'watchlist' | 'favorites'

function activityKeys(kind: Kind, entries: WatchlistEntry[]): ActivityKey[] {
  const keys: ActivityKey[] = [`${kind}.updated_at`]
  for (const e of entries) {
    const group = groupOf(e.item.type)
    if (!group) continue
    if (kind === 'watchlist') keys.push(`${group}.watchlisted_at`)
    else if (group === 'movies' || group === 'shows') keys.push(`${group}.favorited_at`)
  }
  return keys
}

const listInfo = (state: UserState, kind: Kind) => ({
  updated_at: state.activities[`${kind}.updated_at`] ?? null,
  item_count: state[kind].length,
})

/** Watchlist and favorites writes: add (POST/PUT), remove, reorder, and per-item notes/rank. */
export function rankedWriteHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  return (['watchlist', 'favorites'] as const).flatMap((kind) => {
    const base = `${apiUrl}/sync/${kind}`
    const add: Parameters<typeof http.post>[1] = async ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const state = stateOf(store.db, slug)
      const resolution = resolveDirect(store.db, await readBody(request))
      const now = nowIso(store)
      const [added, existing] = [counters([...KEYS]), counters([...KEYS])]
      const fresh: WatchlistEntry[] = []
      for (const { ref, input } of resolution.items) {
        if (ref.type === 'person') {
          resolution.notFound.people.push(input)
          continue
        }
        if (state[kind].some((e) => sameRef(e.item, ref)) || fresh.some((e) => sameRef(e.item, ref))) {
          bump(existing, ref.type)
          continue
        }
        const notes = typeof input.notes === 'string' ? input.notes : null
        fresh.push({
          id: store.nextId(),
          rank: state[kind].length + fresh.length + 1,
          listed_at: now,
          notes,
          item: ref,
        })
        bump(added, ref.type)
      }
      // Free accounts are capped: the whole request fails, nothing is added.
      if (state[kind].length + fresh.length > limitFor(store.db, slug, kind)) return overLimit()
      state[kind].push(...fresh)
      touchActivities(state, fresh.length > 0 ? activityKeys(kind, fresh) : [], now)
      store.changed()
      return HttpResponse.json(
        { added, existing, not_found: notFoundBody(resolution), list: listInfo(state, kind) },
        { status: 201 },
      )
    }
    return [
      http.post(`${base}/remove`, async ({ request }) => {
        const slug = requireUser(store, request)
        if (slug instanceof Response) return slug
        const state = stateOf(store.db, slug)
        const resolution = resolveDirect(store.db, await readBody(request))
        const deleted = counters([...KEYS])
        const removed: WatchlistEntry[] = []
        for (const { ref, input } of resolution.items) {
          const entry = state[kind].find((e) => sameRef(e.item, ref))
          if (!entry) {
            resolution.notFound[KEY_OF[ref.type] as BodyKey].push(input)
            continue
          }
          state[kind] = state[kind].filter((e) => e !== entry)
          removed.push(entry)
          bump(deleted, ref.type)
        }
        state[kind].sort((a, b) => a.rank - b.rank).forEach((e, i) => (e.rank = i + 1))
        touchActivities(state, removed.length > 0 ? activityKeys(kind, removed) : [], nowIso(store))
        store.changed()
        return HttpResponse.json({
          deleted,
          not_found: notFoundBody(resolution),
          list: listInfo(state, kind),
        })
      }),
      http.post(`${base}/reorder`, async ({ request }) => {
        const slug = requireUser(store, request)
        if (slug instanceof Response) return slug
        const state = stateOf(store.db, slug)
        const body = await readBody(request)
        const order = Array.isArray(body.rank) ? body.rank.map(Number) : []
        const byId = new Map(state[kind].map((e) => [e.id, e]))
        const skipped = order.filter((id) => !byId.has(id))
        const ranked = order.filter((id) => byId.has(id)).map((id) => byId.get(id)!)
        const rest = state[kind].filter((e) => !ranked.includes(e)).sort((a, b) => a.rank - b.rank)
        const updated = [...ranked, ...rest].filter((e, i) => {
          const changed = e.rank !== i + 1
          e.rank = i + 1
          return changed
        }).length
        touchActivities(state, [`${kind}.updated_at`], nowIso(store))
        store.changed()
        return HttpResponse.json({ updated, skipped_ids: skipped, list: listInfo(state, kind) })
      }),
      http.put(`${base}/:itemId`, async ({ request, params }) => {
        const slug = requireUser(store, request)
        if (slug instanceof Response) return slug
        const state = stateOf(store.db, slug)
        const entry = state[kind].find((e) => e.id === Number(params.itemId))
        if (!entry) return fail.notFound()
        const body = await readBody(request)
        if ('notes' in body)
          entry.notes = typeof body.notes === 'string' && body.notes !== '' ? body.notes.slice(0, 500) : null
        if (typeof body.rank === 'number') {
          const others = state[kind].filter((e) => e !== entry).sort((a, b) => a.rank - b.rank)
          others.splice(Math.max(0, body.rank - 1), 0, entry)
          others.forEach((e, i) => (e.rank = i + 1))
        }
        touchActivities(state, [`${kind}.updated_at`], nowIso(store))
        store.changed()
        return new HttpResponse(null, { status: 204 })
      }),
      http.post(base, add),
      http.put(base, add),
    ]
  })
}
