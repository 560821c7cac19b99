import { arr, num, obj, readIds, str, strs, type Json } from '@/lib/media/read'

/** A Trakt list's summary (`GET /lists/{id}`), as the list page shows it. */
export type ListSummary = {
  traktId: number | null
  name: string
  description: string | null
  itemCount: number | null
  likes: number | null
  commentCount: number | null
  type: string | null
  /** The owner's username; official lists have none. */
  owner: string | null
  updatedAt: string | null
}

/** One entry of a list (`GET /lists/{id}/items`): a movie, show, season, episode or person. */
export type ListEntry = {
  /** The list item's own id (unique within the list). */
  id: number
  rank: number | null
  type: 'movie' | 'show' | 'season' | 'episode' | 'person'
  /** What the card says: the title, "Show: Season 2", "Show S01E02", the person's name. */
  title: string
  /** A second line: the year, the episode's title. */
  subtitle: string | null
  /** The app path of the item's page (trakt.tv's shape). */
  href: string
  /** Scheme-less image URLs for the poster (or the headshot of a person). */
  images: string[]
  notes: string | null
}

/** Maps `GET /lists/{id}`; a body without a name still shows as a list. */
export function mapListSummary(body: unknown): ListSummary {
  const list = obj(body)
  const user = obj(list.user)
  return {
    traktId: readIds(list.ids).trakt,
    name: str(list.name) ?? 'Untitled list',
    description: str(list.description),
    itemCount: num(list.item_count),
    likes: num(list.likes),
    commentCount: num(list.comment_count),
    type: str(list.type),
    owner: str(obj(user.ids).slug) ?? str(user.username),
    updatedAt: str(list.updated_at),
  }
}

const path = (value: string) => encodeURIComponent(value)
const code = (n: number) => String(n).padStart(2, '0')

function images(item: Json, ...kinds: string[]): string[] {
  const all = obj(item.images)
  for (const kind of kinds) {
    const found = strs(all[kind])
    if (found.length > 0) return found
  }
  return []
}

/** One row of a list's items; null for a kind the app has no page for or a row without a slug. */
export function mapListEntry(raw: unknown): ListEntry | null {
  const row = obj(raw)
  const id = num(row.id)
  const type = str(row.type)
  if (id === null || !type) return null
  const rank = num(row.rank)
  const notes = str(row.notes)
  const base = { id, rank, notes }
  const show = obj(row.show)
  const showSlug = readIds(show.ids).slug
  const showTitle = str(show.title) ?? 'Untitled show'
  switch (type) {
    case 'movie':
    case 'show': {
      const item = obj(row[type])
      const slug = readIds(item.ids).slug
      if (!slug) return null
      const year = num(item.year)
      return {
        ...base,
        type,
        title: str(item.title) ?? `Untitled ${type}`,
        subtitle: year === null ? null : String(year),
        href: `/${type}s/${path(slug)}`,
        images: images(item, 'poster'),
      }
    }
    case 'season': {
      const season = obj(row.season)
      const number = num(season.number)
      if (!showSlug || number === null) return null
      return {
        ...base,
        type,
        title: `${showTitle}: ${number === 0 ? 'Specials' : `Season ${number}`}`,
        subtitle: null,
        href: `/shows/${path(showSlug)}/seasons/${number}`,
        images: images(season, 'poster').length > 0 ? images(season, 'poster') : images(show, 'poster'),
      }
    }
    case 'episode': {
      const episode = obj(row.episode)
      const season = num(episode.season)
      const number = num(episode.number)
      if (!showSlug || season === null || number === null) return null
      return {
        ...base,
        type,
        title: `${showTitle} S${code(season)}E${code(number)}`,
        subtitle: str(episode.title),
        href: `/shows/${path(showSlug)}/seasons/${season}/episodes/${number}`,
        images: images(show, 'poster'),
      }
    }
    case 'person': {
      const person = obj(row.person)
      const slug = readIds(person.ids).slug
      if (!slug) return null
      return {
        ...base,
        type,
        title: str(person.name) ?? 'Unknown person',
        subtitle: null,
        href: `/people/${path(slug)}`,
        images: images(person, 'headshot'),
      }
    }
    default:
      return null
  }
}

/** Maps a page of list items, keeping the first of any repeated item id. */
export function mapListEntries(body: unknown): ListEntry[] {
  const seen = new Set<number>()
  return arr(body)
    .map(mapListEntry)
    .filter((e): e is ListEntry => e !== null && !seen.has(e.id) && (seen.add(e.id), true))
}
