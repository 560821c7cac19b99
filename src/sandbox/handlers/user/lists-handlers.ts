import { http, HttpResponse, type RequestHandler } from 'msw'
import { touchActivities } from '../../db/users/activities'
import { slugify } from '../../db/users/seed-demo-lists'
import type { UserList } from '../../db/types'
import { extendedLevels, fail, paginate } from '../../http'
import type { SandboxStore } from '../../store'
import { limitFor, overLimit } from './limits'
import { canSeeList, ownedList, readableList } from './list-access'
import { serializeComment, serializeList, serializeUser } from '../catalog/serialize'
import { SORT_BY } from './sort-items'
import { nowIso, readBody, requireUser, stateOf, targetUser } from './user-access'

const PRIVACY = ['private', 'link', 'friends', 'public'] as const

/** Applies the editable fields of a create/update body. */
function applyFields(list: UserList, body: Record<string, unknown>): void {
  if (typeof body.name === 'string' && body.name.trim()) list.name = body.name.trim()
  if (typeof body.description === 'string' || body.description === null)
    list.description = body.description as string | null
  if (PRIVACY.includes(body.privacy as (typeof PRIVACY)[number]))
    list.privacy = body.privacy as UserList['privacy']
  if (typeof body.display_numbers === 'boolean') list.display_numbers = body.display_numbers
  if (typeof body.allow_comments === 'boolean') list.allow_comments = body.allow_comments
  if ((SORT_BY as readonly string[]).includes(body.sort_by as string)) list.sort_by = body.sort_by as string
  if (body.sort_how === 'asc' || body.sort_how === 'desc') list.sort_how = body.sort_how
}

/** Personal lists: read, create, update, delete, like, likes and comments. */
export function listsHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  const base = `${apiUrl}/users/:id/lists`
  const comments: Parameters<typeof http.get>[1] = ({ request, params }) => {
    const found = readableList(store, request, String(params.id), String(params.listId))
    if (found instanceof Response) return found
    const sort = (params.sort as string | undefined) ?? 'newest'
    const replies = (id: number) => Object.values(store.db.comments).filter((c) => c.parent_id === id).length
    const rows = Object.values(store.db.comments)
      .filter((c) => c.item.type === 'list' && c.item.id === found.list.ids.trakt && c.parent_id === 0)
      .sort((a, b) =>
        sort === 'oldest'
          ? a.created_at < b.created_at
            ? -1
            : 1
          : sort === 'likes'
            ? b.likedBy.length - a.likedBy.length
            : sort === 'replies'
              ? replies(b.id) - replies(a.id)
              : a.created_at < b.created_at
                ? 1
                : -1,
      )
      .map((c) => serializeComment(store.db, c))
    return paginate(request, rows)
  }
  const like =
    (liked: boolean): Parameters<typeof http.post>[1] =>
    ({ request, params }) => {
      const me = requireUser(store, request)
      if (me instanceof Response) return me
      const found = readableList(store, request, String(params.id), String(params.listId))
      if (found instanceof Response) return found
      const state = stateOf(store.db, me)
      const { list } = found
      list.likedBy = list.likedBy.filter((s) => s !== me)
      state.likedListIds = state.likedListIds.filter((id) => id !== list.ids.trakt)
      if (liked) {
        list.likedBy.push(me)
        state.likedListIds.push(list.ids.trakt)
      }
      touchActivities(state, ['lists.liked_at'], nowIso(store))
      store.changed()
      return new HttpResponse(null, { status: 204 })
    }
  return [
    http.get(`${base}/collaborations`, ({ request, params }) => {
      const who = targetUser(store, request, String(params.id))
      return who instanceof Response ? who : HttpResponse.json([])
    }),
    http.get(base, ({ request, params }) => {
      const who = targetUser(store, request, String(params.id))
      if (who instanceof Response) return who
      const ext = extendedLevels(request)
      const rows = Object.values(store.db.lists)
        .filter(
          (l) =>
            l.ownerSlug === who.slug && l.type === 'personal' && canSeeList(store.db, who.viewer, l, false),
        )
        .sort((a, b) => (a.created_at < b.created_at ? -1 : 1))
        .map((l) => serializeList(store.db, l, ext))
      return HttpResponse.json(rows)
    }),
    http.post(base, async ({ request, params }) => {
      const me = requireUser(store, request)
      if (me instanceof Response) return me
      if (params.id !== 'me' && params.id !== me) return fail.status(403)
      const body = await readBody(request)
      if (typeof body.name !== 'string' || !body.name.trim())
        return fail.status(422, { error: 'name is required' })
      const owned = Object.values(store.db.lists).filter((l) => l.ownerSlug === me && l.type === 'personal')
      if (owned.length >= limitFor(store.db, me, 'lists')) return overLimit()
      const now = nowIso(store)
      let slug = slugify(body.name)
      // Slugs are unique per user; Trakt appends a counter to a clash.
      for (let n = 2; owned.some((l) => l.ids.slug === slug); n++) slug = `${slugify(body.name)}-${n}`
      const list: UserList = {
        ids: { trakt: store.nextId(), slug },
        name: body.name.trim(),
        description: null,
        privacy: 'private',
        type: 'personal',
        display_numbers: false,
        allow_comments: true,
        sort_by: 'rank',
        sort_how: 'asc',
        created_at: now,
        updated_at: now,
        ownerSlug: me,
        likedBy: [],
        items: [],
      }
      applyFields(list, body)
      store.db.lists[String(list.ids.trakt)] = list
      touchActivities(stateOf(store.db, me), ['lists.updated_at'], now)
      store.changed()
      return HttpResponse.json(serializeList(store.db, list), { status: 201 })
    }),
    http.get(`${base}/:listId`, ({ request, params }) => {
      const found = readableList(store, request, String(params.id), String(params.listId))
      return found instanceof Response
        ? found
        : HttpResponse.json(serializeList(store.db, found.list, extendedLevels(request)))
    }),
    http.put(`${base}/:listId`, async ({ request, params }) => {
      const list = ownedList(store, request, String(params.id), String(params.listId))
      if (list instanceof Response) return list
      applyFields(list, await readBody(request))
      list.updated_at = nowIso(store)
      touchActivities(stateOf(store.db, list.ownerSlug), ['lists.updated_at'], list.updated_at)
      store.changed()
      return HttpResponse.json(serializeList(store.db, list))
    }),
    http.delete(`${base}/:listId`, ({ request, params }) => {
      const list = ownedList(store, request, String(params.id), String(params.listId))
      if (list instanceof Response) return list
      delete store.db.lists[String(list.ids.trakt)]
      for (const slug of list.likedBy) {
        const state = store.db.userState[slug]
        if (state) state.likedListIds = state.likedListIds.filter((id) => id !== list.ids.trakt)
      }
      touchActivities(stateOf(store.db, list.ownerSlug), ['lists.updated_at'], nowIso(store))
      store.changed()
      return new HttpResponse(null, { status: 204 })
    }),
    http.post(`${base}/:listId/like`, like(true)),
    http.delete(`${base}/:listId/like`, like(false)),
    http.get(`${base}/:listId/likes`, ({ request, params }) => {
      const found = readableList(store, request, String(params.id), String(params.listId))
      if (found instanceof Response) return found
      const rows = found.list.likedBy.flatMap((slug) =>
        store.db.users[slug]
          ? [{ liked_at: found.list.updated_at, user: serializeUser(store.db.users[slug]!, new Set()) }]
          : [],
      )
      return paginate(request, rows)
    }),
    http.get(`${base}/:listId/comments`, comments),
    http.get(`${base}/:listId/comments/:sort`, comments),
  ]
}
