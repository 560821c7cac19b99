import { http, HttpResponse, type RequestHandler } from 'msw'
import { touchActivities } from '../../db/users/activities'
import type { CollectionEntry, UserState } from '../../db/types'
import type { SandboxStore } from '../../store'
import { whenFor } from './history-writes'
import { resolvePlays } from './resolve-items'
import { nowIso, readBody, requireUser, stateOf } from './user-access'
import { bump, counters, notFoundBody } from './write-results'

// Shows and seasons expand to episodes, so their counts stay 0; the contract still lists every key.
const KEYS = ['movies', 'shows', 'seasons', 'episodes']

const listInfo = (state: UserState) => ({
  updated_at:
    [state.activities['movies.collected_at'], state.activities['episodes.collected_at']]
      .filter(Boolean)
      .sort()
      .at(-1) ?? null,
  item_count: state.collection.length,
})

const METADATA_KEYS = ['media_type', 'resolution', 'hdr', 'audio', 'audio_channels', '3d'] as const

function metadataFrom(input: Record<string, unknown>): CollectionEntry['metadata'] {
  const out: Record<string, unknown> = {}
  for (const key of METADATA_KEYS) if (input[key] !== undefined && input[key] !== null) out[key] = input[key]
  return out as CollectionEntry['metadata']
}

/** POST /sync/collection (add or update, with media metadata) and /sync/collection/remove. */
export function collectionWriteHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  return [
    http.post(`${apiUrl}/sync/collection/remove`, async ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const state = stateOf(store.db, slug)
      const resolution = resolvePlays(store.db, await readBody(request))
      const keys = new Set(resolution.items.map((i) => `${i.ref.type}:${i.ref.id}`))
      const deleted = counters(['movies', 'shows', 'seasons', 'episodes'])
      state.collection = state.collection.filter((c) => {
        const hit = keys.has(`${c.item.type}:${c.item.id}`)
        if (hit) bump(deleted, c.item.type)
        return !hit
      })
      const at = nowIso(store)
      if (deleted.movies) touchActivities(state, ['movies.collected_at'], at)
      if (deleted.episodes) touchActivities(state, ['episodes.collected_at'], at)
      store.changed()
      return HttpResponse.json({ deleted, not_found: notFoundBody(resolution), list: listInfo(state) })
    }),
    http.post(`${apiUrl}/sync/collection`, async ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const state = stateOf(store.db, slug)
      const resolution = resolvePlays(store.db, await readBody(request))
      const now = nowIso(store)
      const [added, updated, existing] = [counters(KEYS), counters(KEYS), counters(KEYS)]
      const index = new Map(state.collection.map((c) => [`${c.item.type}:${c.item.id}`, c]))
      for (const { ref, input } of resolution.items) {
        if (ref.type !== 'movie' && ref.type !== 'episode') continue
        const metadata = metadataFrom(input)
        const current = index.get(`${ref.type}:${ref.id}`)
        if (!current) {
          const collected = whenFor(store.db, ref, input.collected_at, now)
          const entry: CollectionEntry = { collected_at: collected, updated_at: now, item: ref, metadata }
          state.collection.push(entry)
          index.set(`${ref.type}:${ref.id}`, entry)
          bump(added, ref.type)
          continue
        }
        // Resending an item updates it with any new values (collected_at, metadata).
        const next = { ...current.metadata, ...metadata }
        const newDate =
          input.collected_at !== undefined
            ? whenFor(store.db, ref, input.collected_at, now)
            : current.collected_at
        if (JSON.stringify(next) !== JSON.stringify(current.metadata) || newDate !== current.collected_at) {
          current.metadata = next
          current.collected_at = newDate
          current.updated_at = now
          bump(updated, ref.type)
        } else bump(existing, ref.type)
      }
      if (added.movies || updated.movies) touchActivities(state, ['movies.collected_at'], now)
      if (added.episodes || updated.episodes) touchActivities(state, ['episodes.collected_at'], now)
      store.changed()
      return HttpResponse.json(
        { added, updated, existing, not_found: notFoundBody(resolution), list: listInfo(state) },
        { status: 201 },
      )
    }),
  ]
}
