import { HttpResponse } from 'msw'
import type { Comment, ItemRef, SandboxDb, UserList } from '../../db/types'
import { extendedLevels, paginate } from '../../http'
import { serializeComment, serializeList, serializeUser } from './serialize'

/** Answers shared by movies, shows, seasons and episodes: comments, lists, ratings, stats, watching. */

const sameRef = (a: ItemRef, b: ItemRef) => a.type === b.type && a.id === b.id

/** Sorts for `/comments/{sort}`: newest, oldest, likes, replies, highest, lowest, plays. */
export function sortComments(db: SandboxDb, comments: Comment[], sort: string): Comment[] {
  const replies = (c: Comment) => Object.values(db.comments).filter((r) => r.parent_id === c.id).length
  const byDate = (a: Comment, b: Comment) => b.created_at.localeCompare(a.created_at)
  const sorters: Record<string, (a: Comment, b: Comment) => number> = {
    newest: byDate,
    oldest: (a, b) => -byDate(a, b),
    likes: (a, b) => b.likedBy.length - a.likedBy.length || byDate(a, b),
    replies: (a, b) => replies(b) - replies(a) || byDate(a, b),
    highest: (a, b) => (b.user_rating ?? 0) - (a.user_rating ?? 0) || byDate(a, b),
    lowest: (a, b) => (a.user_rating ?? 11) - (b.user_rating ?? 11) || byDate(a, b),
    plays: (a, b) => (b.user_rating ? 1 : 0) - (a.user_rating ? 1 : 0) || byDate(a, b),
  }
  return [...comments].sort(sorters[sort] ?? byDate)
}

export function itemComments(db: SandboxDb, request: Request, ref: ItemRef, sort = 'newest') {
  const top = Object.values(db.comments).filter((c) => c.parent_id === 0 && sameRef(c.item, ref))
  const levels = extendedLevels(request)
  return paginate(
    request,
    sortComments(db, top, sort).map((c) => serializeComment(db, c, levels)),
  )
}

const LIST_TYPES: Record<string, (l: UserList) => boolean> = {
  all: () => true,
  personal: (l) => l.type === 'personal',
  official: (l) => l.type === 'official',
  watchlists: (l) => l.type === 'watchlist',
  favorites: () => false,
}

/** Sorts public lists: popular, likes, comments, items, added, updated. */
export function sortLists(db: SandboxDb, lists: UserList[], sort: string): UserList[] {
  const comments = (l: UserList) =>
    Object.values(db.comments).filter((c) => c.item.type === 'list' && c.item.id === l.ids.trakt).length
  const sorters: Record<string, (a: UserList, b: UserList) => number> = {
    popular: (a, b) => b.likedBy.length + comments(b) * 2 - (a.likedBy.length + comments(a) * 2),
    likes: (a, b) => b.likedBy.length - a.likedBy.length,
    comments: (a, b) => comments(b) - comments(a),
    items: (a, b) => b.items.length - a.items.length,
    added: (a, b) => b.created_at.localeCompare(a.created_at),
    updated: (a, b) => b.updated_at.localeCompare(a.updated_at),
  }
  return [...lists].sort(sorters[sort] ?? sorters.popular)
}

export function itemLists(
  db: SandboxDb,
  request: Request,
  ref: ItemRef,
  type = 'personal',
  sort = 'popular',
) {
  const matchesType = LIST_TYPES[type] ?? LIST_TYPES.personal!
  const lists = Object.values(db.lists).filter(
    (l) => l.privacy === 'public' && matchesType(l) && l.items.some((i) => sameRef(i.item, ref)),
  )
  const levels = extendedLevels(request)
  return paginate(
    request,
    sortLists(db, lists, sort).map((l) => serializeList(db, l, levels)),
  )
}

/** A rating distribution (1..10 -> votes) that averages close to `rating`; deterministic. */
export function distributionOf(rating: number, votes: number): Record<string, number> {
  const weights = Array.from({ length: 10 }, (_, i) => Math.exp(-((i + 1 - rating) ** 2) / 3))
  const sum = weights.reduce((a, b) => a + b, 0)
  return Object.fromEntries(weights.map((w, i) => [String(i + 1), Math.round((w / sum) * votes)]))
}

export function ratingsResponse(rating: number, votes: number, distribution?: Record<string, number>) {
  return HttpResponse.json({ rating, votes, distribution: distribution ?? distributionOf(rating, votes) })
}

export function listCount(db: SandboxDb, ref: ItemRef): number {
  return Object.values(db.lists).filter((l) => l.items.some((i) => sameRef(i.item, ref))).length
}

export function commentCount(db: SandboxDb, ref: ItemRef): number {
  return Object.values(db.comments).filter((c) => sameRef(c.item, ref)).length
}

/** Users "watching now": a stable slice of the seeded public users, `count` long. */
export function watchingUsers(db: SandboxDb, request: Request, count: number, offset: number) {
  const users = Object.values(db.users).filter((u) => !u.private)
  if (users.length === 0 || count <= 0) return HttpResponse.json([])
  const levels = extendedLevels(request)
  const n = Math.min(count, users.length, 8)
  return HttpResponse.json(
    Array.from({ length: n }, (_, i) => serializeUser(users[(offset + i) % users.length]!, levels)),
  )
}
