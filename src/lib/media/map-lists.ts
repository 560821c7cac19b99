import { arr, bool, num, obj, readIds, str, type Ids } from './read'

export type UserRef = {
  username: string
  slug: string | null
  name: string | null
  isPrivate: boolean
  isVip: boolean
  avatar: string | null
}

export type ListSummary = {
  ids: Ids
  name: string
  description: string | null
  itemCount: number
  likes: number
  commentCount: number
  user: UserRef | null
}

/** A Trakt user object (list owners, people watching now). */
export function mapUser(value: unknown): UserRef | null {
  const raw = obj(value)
  const username = str(raw.username)?.trim()
  if (!username) return null
  const ids = obj(raw.ids)
  return {
    username,
    slug: str(ids.slug),
    name: str(raw.name),
    isPrivate: bool(raw.private),
    isVip: bool(raw.vip) || bool(raw.vip_ep),
    avatar: str(obj(obj(obj(raw.images).avatar)).full),
  }
}

/** Lists that contain an item. */
export function mapLists(body: unknown): ListSummary[] {
  const out: ListSummary[] = []
  for (const entry of arr(body)) {
    const raw = obj(entry)
    const name = str(raw.name)
    if (!name) continue
    out.push({
      ids: readIds(raw.ids),
      name,
      description: str(raw.description),
      itemCount: num(raw.item_count) ?? 0,
      likes: num(raw.likes) ?? 0,
      commentCount: num(raw.comment_count) ?? 0,
      user: mapUser(raw.user),
    })
  }
  return out
}

/** Users watching an item right now. */
export function mapWatchers(body: unknown): UserRef[] {
  const out: UserRef[] = []
  for (const entry of arr(body)) {
    const user = mapUser(entry)
    if (user) out.push(user)
  }
  return out
}
