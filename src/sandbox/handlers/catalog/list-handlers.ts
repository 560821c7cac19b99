import { http, HttpResponse, type RequestHandler } from 'msw'
import type { SandboxDb, UserList } from '../../db/types'
import { extendedLevels, fail, paginate, type SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'
import { sortComments, sortLists } from './item-responses'
import { serializeComment, serializeItem, serializeList, serializeUser } from './serialize'

/** Public lists by trakt id or slug; private ones stay hidden from the catalog endpoints. */
function findList(db: SandboxDb, id: string): UserList | undefined {
  const list =
    db.lists[id] ?? Object.values(db.lists).find((l) => l.ids.slug === id && l.privacy === 'public')
  return list && (list.privacy === 'public' || list.privacy === 'link') ? list : undefined
}

const LIST_KINDS = ['personal', 'official']

/** `/lists/trending|popular`, `/lists/{id}` with its items, likes and comments. */
export function listHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  const base = `${urls.apiUrl}/lists`
  const commentCount = (l: UserList) =>
    Object.values(store.db.comments).filter((c) => c.item.type === 'list' && c.item.id === l.ids.trakt).length
  const chart = (name: 'trending' | 'popular') =>
    http.get(`${base}/${name}/:type?`, ({ request, params }) => {
      const type = params.type ? String(params.type) : null
      if (type && !LIST_KINDS.includes(type)) return fail.notFound()
      const monthAgo = new Date(store.now().getTime() - 30 * 86_400_000).toISOString()
      const lists = Object.values(store.db.lists).filter(
        (l) =>
          l.privacy === 'public' &&
          l.type !== 'watchlist' &&
          (!type || l.type === type) &&
          (name === 'popular' || l.updated_at >= monthAgo),
      )
      const levels = extendedLevels(request)
      const rows = sortLists(store.db, lists, name === 'popular' ? 'likes' : 'popular').map((l) => ({
        like_count: l.likedBy.length,
        comment_count: commentCount(l),
        list: serializeList(store.db, l, levels),
      }))
      return paginate(request, rows)
    })
  return [
    chart('trending'),
    chart('popular'),
    http.get(`${base}/:id`, ({ request, params }) => {
      const list = findList(store.db, String(params.id))
      return list
        ? HttpResponse.json(serializeList(store.db, list, extendedLevels(request)))
        : fail.notFound()
    }),
    http.get(`${base}/:id/items/:type?/:sort_by?/:sort_how?`, ({ request, params }) => {
      const list = findList(store.db, String(params.id))
      if (!list) return fail.notFound()
      const types = params.type ? String(params.type).split(',') : null
      const levels = extendedLevels(request)
      const sortHow = String(params.sort_how ?? list.sort_how)
      const items = [...list.items].sort((a, b) => (sortHow === 'desc' ? b.rank - a.rank : a.rank - b.rank))
      const rows = items
        .filter((i) => !types || types.includes(i.item.type))
        .flatMap((i) => {
          const item = serializeItem(store.db, i.item, levels)
          return item ? [{ rank: i.rank, id: i.id, listed_at: i.listed_at, notes: i.notes, ...item }] : []
        })
      return paginate(request, rows, {
        optional: true,
        headers: { 'X-Sort-By': list.sort_by, 'X-Sort-How': list.sort_how },
      })
    }),
    http.get(`${base}/:id/likes`, ({ request, params }) => {
      const list = findList(store.db, String(params.id))
      if (!list) return fail.notFound()
      const levels = extendedLevels(request)
      const rows = list.likedBy.flatMap((slug, i) => {
        const user = store.db.users[slug]
        return user
          ? [
              {
                liked_at: new Date(new Date(list.created_at).getTime() + (i + 1) * 86_400_000).toISOString(),
                user: serializeUser(user, levels),
              },
            ]
          : []
      })
      return paginate(request, rows)
    }),
    http.get(`${base}/:id/comments/:sort?`, ({ request, params }) => {
      const list = findList(store.db, String(params.id))
      if (!list) return fail.notFound()
      const top = Object.values(store.db.comments).filter(
        (c) => c.parent_id === 0 && c.item.type === 'list' && c.item.id === list.ids.trakt,
      )
      const levels = extendedLevels(request)
      return paginate(
        request,
        sortComments(store.db, top, String(params.sort ?? 'newest')).map((c) =>
          serializeComment(store.db, c, levels),
        ),
      )
    }),
  ]
}
