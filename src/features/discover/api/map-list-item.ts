import { imageUrl } from '@/lib/media/image-url'

/** A Trakt list as Discover shows it. */
export type ListCardModel = {
  kind: 'list'
  traktId: number
  slug: string
  name: string
  description: string
  username: string
  /** App path mirroring trakt.tv: `/users/:user/lists/:slug`. */
  href: string
  itemCount: number | null
  likeCount: number | null
  /** Up to four posters of the list's first items, when Trakt sends them. */
  posterUrls: string[]
}

type Row = Record<string, unknown>
const isRecord = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

/** Maps a `/lists/trending` or `/lists/popular` row ({like_count, comment_count, list}) or a bare list. */
export function mapListItem(raw: unknown): ListCardModel | null {
  if (!isRecord(raw)) return null
  const list = isRecord(raw.list) ? raw.list : raw
  const ids = isRecord(list.ids) ? list.ids : undefined
  const traktId = num(ids?.trakt)
  if (traktId === undefined) return null
  const slug = typeof ids?.slug === 'string' && ids.slug ? ids.slug : String(traktId)
  const user = isRecord(list.user) ? list.user : undefined
  const userIds = isRecord(user?.ids) ? user.ids : undefined
  const username =
    (typeof userIds?.slug === 'string' && userIds.slug) ||
    (typeof user?.username === 'string' && user.username) ||
    ''
  const posters = isRecord(list.images) && Array.isArray(list.images.posters) ? list.images.posters : []
  return {
    kind: 'list',
    traktId,
    slug,
    name: typeof list.name === 'string' && list.name.trim() ? list.name : 'Untitled list',
    description: typeof list.description === 'string' ? list.description : '',
    username,
    // Official lists have no owner: trakt.tv serves them at /lists/:id.
    href: username
      ? `/users/${encodeURIComponent(username)}/lists/${encodeURIComponent(slug)}`
      : `/lists/${traktId}`,
    itemCount: num(list.item_count) ?? null,
    likeCount: num(raw.like_count) ?? num(list.likes) ?? null,
    posterUrls: posters
      .slice(0, 4)
      .map((p) => imageUrl({ poster: [p] }, 'poster', 'thumb'))
      .filter((u): u is string => Boolean(u)),
  }
}

export function mapListPage(body: unknown): ListCardModel[] {
  if (!Array.isArray(body)) return []
  const seen = new Set<number>()
  return body
    .map(mapListItem)
    .filter((l): l is ListCardModel => l !== null && !seen.has(l.traktId) && (seen.add(l.traktId), true))
}
