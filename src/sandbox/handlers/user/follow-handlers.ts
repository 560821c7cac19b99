import { http, HttpResponse, type RequestHandler } from 'msw'
import { touchActivities } from '../../db/users/activities'
import type { Follow } from '../../db/types'
import { extendedLevels, fail } from '../../http'
import type { SandboxStore } from '../../store'
import { serializeUser } from '../catalog/serialize'
import { findUserSlug, nowIso, requireUser, stateOf, targetUser } from './user-access'

/** Followers, following, friends, follow/unfollow and follow requests. */
export function followHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  const base = `${apiUrl}/users`
  const db = () => store.db
  const relation =
    (
      pick: (slug: string) => { user: string; followed_at: string }[],
      key = 'followed_at',
    ): Parameters<typeof http.get>[1] =>
    ({ request, params }) => {
      const who = targetUser(store, request, String(params.id))
      if (who instanceof Response) return who
      const ext = extendedLevels(request)
      const rows = pick(who.slug)
        .filter((r) => db().users[r.user])
        .sort((a, b) => (a.followed_at < b.followed_at ? 1 : -1))
        .map((r) => ({ [key]: r.followed_at, user: serializeUser(db().users[r.user]!, ext) }))
      return HttpResponse.json(rows)
    }
  const followersOf = (slug: string) =>
    db()
      .follows.filter((f) => f.followed === slug)
      .map((f) => ({ user: f.follower, followed_at: f.followed_at }))
  const followingOf = (slug: string) =>
    db()
      .follows.filter((f) => f.follower === slug)
      .map((f) => ({ user: f.followed, followed_at: f.followed_at }))
  const friendsOf = (slug: string) => {
    const followers = new Map(
      db()
        .follows.filter((f) => f.followed === slug)
        .map((f) => [f.follower, f.followed_at]),
    )
    // A friendship starts when the second of the two follows happened.
    return followingOf(slug).flatMap((r) =>
      followers.has(r.user)
        ? [{ user: r.user, followed_at: [r.followed_at, followers.get(r.user)!].sort()[1]! }]
        : [],
    )
  }
  const requestRows =
    (pick: (r: (typeof store.db.followRequests)[number]) => string | null): Parameters<typeof http.get>[1] =>
    ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const ext = extendedLevels(request)
      const rows = db().followRequests.flatMap((r) => {
        const other = pick(r) === slug ? (r.from === slug ? r.to : r.from) : null
        return other && db().users[other]
          ? [{ id: r.id, requested_at: r.requested_at, user: serializeUser(db().users[other]!, ext) }]
          : []
      })
      return HttpResponse.json(rows)
    }
  return [
    http.get(
      `${base}/requests`,
      requestRows((r) => r.to),
    ),
    http.get(
      `${base}/requests/following`,
      requestRows((r) => r.from),
    ),
    http.post(`${base}/requests/:requestId`, ({ request, params }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const found = db().followRequests.find((r) => r.id === Number(params.requestId) && r.to === slug)
      if (!found) return fail.notFound()
      const now = nowIso(store)
      const follow: Follow = { follower: found.from, followed: slug, followed_at: now }
      db().follows.push(follow)
      db().followRequests = db().followRequests.filter((r) => r !== found)
      touchActivities(stateOf(db(), slug), ['account.followed_at', 'account.requested_at'], now)
      touchActivities(stateOf(db(), found.from), ['account.following_at', 'account.pending_at'], now)
      store.changed()
      return HttpResponse.json({
        followed_at: now,
        user: serializeUser(db().users[found.from]!, new Set(['full'])),
      })
    }),
    http.delete(`${base}/requests/:requestId`, ({ request, params }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const found = db().followRequests.find((r) => r.id === Number(params.requestId) && r.to === slug)
      if (!found) return fail.notFound()
      db().followRequests = db().followRequests.filter((r) => r !== found)
      touchActivities(stateOf(db(), slug), ['account.requested_at'], nowIso(store))
      store.changed()
      return new HttpResponse(null, { status: 204 })
    }),
    http.get(`${base}/:id/followers`, relation(followersOf)),
    http.get(`${base}/:id/following`, relation(followingOf)),
    http.get(`${base}/:id/friends`, relation(friendsOf, 'friends_at')),
    http.post(`${base}/:id/follow`, ({ request, params }) => {
      const me = requireUser(store, request)
      if (me instanceof Response) return me
      const target = findUserSlug(db(), String(params.id))
      if (!target) return fail.notFound()
      const user = db().users[target]!
      const already =
        target === me ||
        db().follows.some((f) => f.follower === me && f.followed === target) ||
        db().followRequests.some((r) => r.from === me && r.to === target)
      if (already) return fail.status(409)
      const now = nowIso(store)
      if (user.private) {
        // Private users approve followers: the follow starts as a pending request.
        db().followRequests.push({ id: store.nextId(), from: me, to: target, requested_at: now })
        touchActivities(stateOf(db(), me), ['account.pending_at'], now)
        touchActivities(stateOf(db(), target), ['account.requested_at'], now)
        store.changed()
        return HttpResponse.json(
          { approved_at: null, user: serializeUser(user, new Set(['full'])) },
          { status: 201 },
        )
      }
      db().follows.push({ follower: me, followed: target, followed_at: now })
      touchActivities(stateOf(db(), me), ['account.following_at'], now)
      touchActivities(stateOf(db(), target), ['account.followed_at'], now)
      store.changed()
      return HttpResponse.json(
        { approved_at: now, user: serializeUser(user, new Set(['full'])) },
        { status: 201 },
      )
    }),
    http.delete(`${base}/:id/follow`, ({ request, params }) => {
      const me = requireUser(store, request)
      if (me instanceof Response) return me
      const target = findUserSlug(db(), String(params.id))
      if (!target) return fail.notFound()
      db().follows = db().follows.filter((f) => !(f.follower === me && f.followed === target))
      db().followRequests = db().followRequests.filter((r) => !(r.from === me && r.to === target))
      touchActivities(stateOf(db(), me), ['account.following_at'], nowIso(store))
      store.changed()
      return new HttpResponse(null, { status: 204 })
    }),
  ]
}
