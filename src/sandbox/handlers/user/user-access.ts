import { HttpResponse } from 'msw'
import { emptyUserState } from '../../db/users/empty-user-state'
import type { SandboxDb, UserState } from '../../db/types'
import { fail, userFor } from '../../http'
import type { SandboxStore } from '../../store'

/** The signed-in user, or the 401 answer to return. */
export function requireUser(store: SandboxStore, request: Request): string | Response {
  return userFor(store, request) ?? fail.unauthorized()
}

/** A user's record, created empty on first use (catalog users start without one). */
export function stateOf(db: SandboxDb, slug: string): UserState {
  return (db.userState[slug] ??= emptyUserState())
}

/** True when `viewer` may see `slug`'s data: it is public, their own, or the viewer is an approved follower. */
export function canSee(db: SandboxDb, viewer: string | null, slug: string): boolean {
  const user = db.users[slug]
  if (!user) return false
  if (!user.private || viewer === slug) return true
  return viewer !== null && db.follows.some((f) => f.follower === viewer && f.followed === slug)
}

/** Finds the user behind `/users/:id` (`me` = the signed-in user; slugs compare case-insensitively). */
export function findUserSlug(db: SandboxDb, id: string): string | undefined {
  if (db.users[id]) return id
  const lower = id.toLowerCase()
  return Object.keys(db.users).find((slug) => slug.toLowerCase() === lower)
}

/**
 * Resolves `/users/:id` for a read: 404 for an unknown user, 401 for `me` without OAuth,
 * and 401 with `X-Private-User: true` when the user is private and the viewer may not see them.
 */
export function targetUser(
  store: SandboxStore,
  request: Request,
  id: string,
): { slug: string; viewer: string | null } | Response {
  const viewer = userFor(store, request)
  if (id === 'me') return viewer ? { slug: viewer, viewer } : fail.unauthorized()
  const slug = findUserSlug(store.db, id)
  if (!slug) return fail.notFound()
  if (!canSee(store.db, viewer, slug)) {
    return HttpResponse.json(
      { error: 'unauthorized', error_description: 'This user is private' },
      { status: 401, headers: { 'X-Private-User': 'true' } },
    )
  }
  return { slug, viewer }
}

/** The request's JSON body, or an empty object when it is missing or malformed. */
export async function readBody(request: Request): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await request.json()
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** The store's clock as a whole-second ISO timestamp. */
export function nowIso(store: SandboxStore): string {
  return new Date(Math.floor(store.now().getTime() / 1000) * 1000).toISOString()
}
