import type { SandboxDb, UserList } from '../../db/types'
import { fail } from '../../http'
import type { SandboxStore } from '../../store'
import { targetUser } from './user-access'

/** A user's list by trakt id or slug. */
export function findList(db: SandboxDb, owner: string, listId: string): UserList | undefined {
  return Object.values(db.lists).find(
    (l) => l.ownerSlug === owner && (String(l.ids.trakt) === listId || l.ids.slug === listId),
  )
}

const isFriend = (db: SandboxDb, a: string, b: string) =>
  db.follows.some((f) => f.follower === a && f.followed === b) &&
  db.follows.some((f) => f.follower === b && f.followed === a)

/** Privacy: public and link lists open to anyone with the address, friends lists to friends, private to the owner. */
export function canSeeList(db: SandboxDb, viewer: string | null, list: UserList, direct: boolean): boolean {
  if (viewer === list.ownerSlug || list.privacy === 'public') return true
  if (list.privacy === 'link') return direct
  if (list.privacy === 'friends') return viewer !== null && isFriend(db, viewer, list.ownerSlug)
  return false
}

/** Resolves `/users/:id/lists/:list_id` for reading (404 when missing or not visible). */
export function readableList(
  store: SandboxStore,
  request: Request,
  id: string,
  listId: string,
): { list: UserList; viewer: string | null } | Response {
  const who = targetUser(store, request, id)
  if (who instanceof Response) return who
  const list = findList(store.db, who.slug, listId)
  if (!list || !canSeeList(store.db, who.viewer, list, true)) return fail.notFound()
  return { list, viewer: who.viewer }
}

/** Resolves a list the signed-in user owns, for writes (401 without OAuth, 404 otherwise). */
export function ownedList(
  store: SandboxStore,
  request: Request,
  id: string,
  listId: string,
): UserList | Response {
  const who = targetUser(store, request, id)
  if (who instanceof Response) return who
  if (!who.viewer) return fail.unauthorized()
  if (who.viewer !== who.slug) return fail.status(403)
  return findList(store.db, who.slug, listId) ?? fail.notFound()
}
