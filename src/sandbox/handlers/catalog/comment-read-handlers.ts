import { http, HttpResponse, type RequestHandler } from 'msw'
import type { Comment } from '../../db/types'
import { extendedLevels, fail, paginate, type SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'
import { serializeComment, serializeItem, serializeUser } from './serialize'

const ITEM_TYPES: Record<string, string | null> = {
  all: null,
  movies: 'movie',
  shows: 'show',
  seasons: 'season',
  episodes: 'episode',
  lists: 'list',
}

/** GET `/comments/*`: one comment, its replies, item and likes, and the trending/recent/updates feeds. */
export function commentReadHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  const base = `${urls.apiUrl}/comments`
  const withComment = (id: unknown) => store.db.comments[String(id)]

  /** `orderFor` builds the comparator once per request, so it can precompute what it sorts by. */
  const feed = (
    name: 'trending' | 'recent' | 'updates',
    orderFor: () => (a: Comment, b: Comment) => number,
    keep: (c: Comment) => boolean = () => true,
  ) =>
    http.get(`${base}/${name}/:comment_type?/:type?`, ({ request, params }) => {
      const commentType = String(params.comment_type ?? 'all')
      const itemType = ITEM_TYPES[String(params.type ?? 'all')]
      if (!['all', 'reviews', 'shouts'].includes(commentType) || itemType === undefined)
        return fail.notFound()
      const includeReplies = new URL(request.url).searchParams.get('include_replies') === 'true'
      const levels = extendedLevels(request)
      const rows = Object.values(store.db.comments)
        .filter((c) => (includeReplies || c.parent_id === 0) && keep(c))
        .filter((c) => commentType === 'all' || (commentType === 'reviews') === c.review)
        .filter((c) => !itemType || c.item.type === itemType)
        .sort(orderFor())
        .flatMap((c) => {
          const item = serializeItem(store.db, c.item, levels)
          return item ? [{ ...item, comment: serializeComment(store.db, c, levels) }] : []
        })
      return paginate(request, rows)
    })
  const monthAgo = () => new Date(store.now().getTime() - 30 * 86_400_000).toISOString()
  const byHeat = () => {
    const replies = new Map<number, number>()
    for (const c of Object.values(store.db.comments))
      if (c.parent_id) replies.set(c.parent_id, (replies.get(c.parent_id) ?? 0) + 1)
    const heat = (c: Comment) => c.likedBy.length + (replies.get(c.id) ?? 0) * 2
    return (a: Comment, b: Comment) => heat(b) - heat(a) || b.created_at.localeCompare(a.created_at)
  }

  return [
    feed('trending', byHeat, (c) => c.created_at >= monthAgo()),
    feed('recent', () => (a, b) => b.created_at.localeCompare(a.created_at)),
    feed('updates', () => (a, b) => b.updated_at.localeCompare(a.updated_at)),
    http.get(`${base}/:id`, ({ request, params }) => {
      const comment = withComment(params.id)
      return comment
        ? HttpResponse.json(serializeComment(store.db, comment, extendedLevels(request)))
        : fail.notFound()
    }),
    http.get(`${base}/:id/replies`, ({ request, params }) => {
      const comment = withComment(params.id)
      if (!comment) return fail.notFound()
      const levels = extendedLevels(request)
      const replies = Object.values(store.db.comments)
        .filter((c) => c.parent_id === comment.id)
        .sort((a, b) => a.created_at.localeCompare(b.created_at))
        .map((c) => serializeComment(store.db, c, levels))
      return paginate(request, replies)
    }),
    http.get(`${base}/:id/item`, ({ request, params }) => {
      const comment = withComment(params.id)
      const item = comment && serializeItem(store.db, comment.item, extendedLevels(request))
      return item ? HttpResponse.json(item) : fail.notFound()
    }),
    http.get(`${base}/:id/likes`, ({ request, params }) => {
      const comment = withComment(params.id)
      if (!comment) return fail.notFound()
      const levels = extendedLevels(request)
      const rows = comment.likedBy.flatMap((slug, i) => {
        const user = store.db.users[slug]
        // Seeded likes have no timestamp of their own: spread them after the comment was written.
        const likedAt = new Date(new Date(comment.created_at).getTime() + (i + 1) * 3_600_000)
        return user
          ? [
              {
                liked_at: new Date(Math.min(likedAt.getTime(), store.now().getTime())).toISOString(),
                user: serializeUser(user, levels),
              },
            ]
          : []
      })
      return paginate(request, rows)
    }),
  ]
}
