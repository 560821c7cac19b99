import { http, HttpResponse, type RequestHandler } from 'msw'
import { touchActivities } from '../../db/users/activities'
import type { ListItem, UserList } from '../../db/types'
import { extendedLevels, fail, paginate } from '../../http'
import type { SandboxStore } from '../../store'
import { limitFor, overLimit } from './limits'
import { ownedList, readableList } from './list-access'
import { parseTypes } from './ranked-views'
import { type BodyKey, KEY_OF, resolveDirect } from './resolve-items'
import { serializeItem } from '../catalog/serialize'
import { SORT_BY, sortRanked } from './sort-items'
import { nowIso, readBody, stateOf } from './user-access'
import { bump, counters, notFoundBody, sameRef } from './write-results'

const KEYS = ['movies', 'shows', 'seasons', 'episodes', 'people'] as const

/** Marks a list as changed now (its updated_at and the owner's lists activity). */
function touched(store: SandboxStore, list: UserList): { updated_at: string; item_count: number } {
  list.updated_at = nowIso(store)
  touchActivities(stateOf(store.db, list.ownerSlug), ['lists.updated_at'], list.updated_at)
  list.items.sort((a, b) => a.rank - b.rank).forEach((item, i) => (item.rank = i + 1))
  store.changed()
  return { updated_at: list.updated_at, item_count: list.items.length }
}

/** List items: read (rank order, X-Sort-* headers), add, remove, reorder and per-item notes. */
export function listItemsHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  const base = `${apiUrl}/users/:id/lists/:listId/items`
  const read: Parameters<typeof http.get>[1] = ({ request, params }) => {
    const found = readableList(store, request, String(params.id), String(params.listId))
    if (found instanceof Response) return found
    const { list, viewer } = found
    const types = parseTypes(params.type as string | undefined)
    if (!types) return fail.notFound()
    const sortBy = (params.sortBy as string | undefined) ?? 'rank'
    const appliedBy = (SORT_BY as readonly string[]).includes(sortBy) ? sortBy : 'rank'
    const appliedHow = params.sortHow === 'desc' ? 'desc' : 'asc'
    const myRatings = new Map(
      (viewer ? stateOf(store.db, viewer).ratings : []).map((r) => [`${r.item.type}:${r.item.id}`, r.rating]),
    )
    const ext = extendedLevels(request)
    const rows = sortRanked(
      store.db,
      list.items.filter((i) => types.has(i.item.type)),
      appliedBy,
      appliedHow,
      myRatings,
    ).flatMap((i) => {
      const item = serializeItem(store.db, i.item, ext)
      return item ? [{ rank: i.rank, id: i.id, listed_at: i.listed_at, notes: i.notes, ...item }] : []
    })
    return paginate(request, rows, {
      optional: true,
      headers: {
        'X-Sort-By': list.sort_by,
        'X-Sort-How': list.sort_how,
        'X-Applied-Sort-By': appliedBy,
        'X-Applied-Sort-How': appliedHow,
      },
    })
  }
  return [
    http.post(`${base}/remove`, async ({ request, params }) => {
      const list = ownedList(store, request, String(params.id), String(params.listId))
      if (list instanceof Response) return list
      const resolution = resolveDirect(store.db, await readBody(request))
      const deleted = counters([...KEYS])
      for (const { ref, input } of resolution.items) {
        const before = list.items.length
        list.items = list.items.filter((i) => !sameRef(i.item, ref))
        if (list.items.length < before) bump(deleted, ref.type)
        else resolution.notFound[KEY_OF[ref.type] as BodyKey].push(input)
      }
      return HttpResponse.json({
        deleted,
        not_found: notFoundBody(resolution, [...KEYS]),
        list: touched(store, list),
      })
    }),
    http.post(`${base}/reorder`, async ({ request, params }) => {
      const list = ownedList(store, request, String(params.id), String(params.listId))
      if (list instanceof Response) return list
      const body = await readBody(request)
      const order: number[] = Array.isArray(body.rank) ? body.rank.map(Number) : []
      const byId = new Map(list.items.map((i) => [i.id, i]))
      const ranked = order.flatMap((id) => byId.get(id) ?? [])
      const rest = list.items.filter((i) => !ranked.includes(i)).sort((a, b) => a.rank - b.rank)
      const updated = [...ranked, ...rest].filter((item, i) => {
        const changed = item.rank !== i + 1
        item.rank = i + 1
        return changed
      }).length
      return HttpResponse.json({
        updated,
        skipped_ids: order.filter((id) => !byId.has(id)),
        list: touched(store, list),
      })
    }),
    http.put(`${base}/:itemId`, async ({ request, params }) => {
      const list = ownedList(store, request, String(params.id), String(params.listId))
      if (list instanceof Response) return list
      const item = list.items.find((i) => i.id === Number(params.itemId))
      if (!item) return fail.notFound()
      const body = await readBody(request)
      if ('notes' in body)
        item.notes = typeof body.notes === 'string' && body.notes !== '' ? body.notes.slice(0, 500) : null
      if (typeof body.rank === 'number') {
        const others = list.items.filter((i) => i !== item).sort((a, b) => a.rank - b.rank)
        others.splice(Math.max(0, body.rank - 1), 0, item)
        others.forEach((i, index) => (i.rank = index + 1))
      }
      touched(store, list)
      return new HttpResponse(null, { status: 204 })
    }),
    http.post(base, async ({ request, params }) => {
      const list = ownedList(store, request, String(params.id), String(params.listId))
      if (list instanceof Response) return list
      const resolution = resolveDirect(store.db, await readBody(request))
      const [added, existing] = [counters([...KEYS]), counters([...KEYS])]
      const fresh: ListItem[] = []
      const now = nowIso(store)
      for (const { ref, input } of resolution.items) {
        if (list.items.some((i) => sameRef(i.item, ref)) || fresh.some((i) => sameRef(i.item, ref))) {
          bump(existing, ref.type)
          continue
        }
        const notes = typeof input.notes === 'string' ? input.notes : null
        fresh.push({
          id: store.nextId(),
          rank: list.items.length + fresh.length + 1,
          listed_at: now,
          notes,
          item: ref,
        })
        bump(added, ref.type)
      }
      if (list.items.length + fresh.length > limitFor(store.db, list.ownerSlug, 'listItems'))
        return overLimit()
      list.items.push(...fresh)
      return HttpResponse.json(
        { added, existing, not_found: notFoundBody(resolution, [...KEYS]), list: touched(store, list) },
        { status: 201 },
      )
    }),
    http.get(base, read),
    http.get(`${base}/:type`, read),
    http.get(`${base}/:type/:sortBy/:sortHow`, read),
  ]
}
