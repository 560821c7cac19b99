import { imageUrl } from '@/lib/media/image-url'
import type { SearchType } from '../lib/search-types'

/** One search or ID-lookup hit, whatever its type. */
export type SearchResultModel = {
  type: SearchType
  /** Unique within a result set: type + Trakt id. */
  key: string
  title: string
  /** Secondary line: the show of an episode, the owner of a list. */
  subtitle: string | undefined
  year: number | null
  /** Poster (movie, show, episode's show), headshot (person), at the `/thumb/` size. */
  imageUrl: string | undefined
  /** App path mirroring trakt.tv. */
  href: string
}

type Row = Record<string, unknown>
const isRecord = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined
const seg = (value: string | number) => encodeURIComponent(String(value))

function idsOf(media: Row): { trakt: number; slug: string } | undefined {
  const ids = isRecord(media.ids) ? media.ids : undefined
  const trakt = num(ids?.trakt)
  if (trakt === undefined) return undefined
  return { trakt, slug: str(ids?.slug) ?? String(trakt) }
}

/** The type of a row: its `type` field, or (ID lookups sometimes omit it) the media key it carries. */
function typeOf(row: Row): SearchType | undefined {
  const declared = row.type
  if (
    declared === 'movie' ||
    declared === 'show' ||
    declared === 'episode' ||
    declared === 'person' ||
    declared === 'list'
  ) {
    return declared
  }
  if (isRecord(row.episode)) return 'episode'
  for (const key of ['movie', 'show', 'person', 'list'] as const) if (isRecord(row[key])) return key
  return undefined
}

/** Maps a `/search/...` row to a result; null when it lacks what a link needs. */
export function mapSearchResult(raw: unknown): SearchResultModel | null {
  if (!isRecord(raw)) return null
  const type = typeOf(raw)
  if (!type) return null
  const media = raw[type]
  if (!isRecord(media)) return null
  const ids = idsOf(media)
  if (!ids) return null
  const key = `${type}-${ids.trakt}`
  switch (type) {
    case 'movie':
    case 'show':
      return {
        type,
        key,
        title: str(media.title) ?? 'Untitled',
        subtitle: undefined,
        year: num(media.year) ?? null,
        imageUrl: imageUrl(media.images, 'poster'),
        href: `/${type}s/${seg(ids.slug)}`,
      }
    case 'person':
      return {
        type,
        key,
        title: str(media.name) ?? 'Unknown person',
        subtitle: str(media.known_for_department),
        year: null,
        imageUrl: imageUrl(media.images, 'headshot'),
        href: `/people/${seg(ids.slug)}`,
      }
    case 'episode': {
      const show = isRecord(raw.show) ? raw.show : undefined
      const showIds = show ? idsOf(show) : undefined
      const season = num(media.season)
      const number = num(media.number)
      if (!showIds || season === undefined || number === undefined) return null
      const code = `S${String(season).padStart(2, '0')}E${String(number).padStart(2, '0')}`
      return {
        type,
        key,
        title: str(media.title) ?? code,
        subtitle: `${str(show?.title) ?? 'Unknown show'} · ${code}`,
        year: num(show?.year) ?? null,
        imageUrl: imageUrl(media.images, 'screenshot') ?? imageUrl(show?.images, 'poster'),
        href: `/shows/${seg(showIds.slug)}/seasons/${season}/episodes/${number}`,
      }
    }
    case 'list': {
      const user = isRecord(media.user) ? media.user : undefined
      const userIds = isRecord(user?.ids) ? user.ids : undefined
      const username = str(userIds?.slug) ?? str(user?.username)
      return {
        type,
        key,
        title: str(media.name) ?? 'Untitled list',
        subtitle: username ? `by ${str(user?.name) ?? username}` : undefined,
        year: null,
        imageUrl: undefined,
        href: username ? `/users/${seg(username)}/lists/${seg(ids.slug)}` : `/lists/${ids.trakt}`,
      }
    }
  }
}

/** Maps a page, dropping unusable rows and repeats. */
export function mapSearchResults(body: unknown): SearchResultModel[] {
  if (!Array.isArray(body)) return []
  const seen = new Set<string>()
  const out: SearchResultModel[] = []
  for (const row of body) {
    const result = mapSearchResult(row)
    if (result && !seen.has(result.key)) {
      seen.add(result.key)
      out.push(result)
    }
  }
  return out
}
