import { imageUrl } from '@/lib/media/image-url'
import type { MediaSection, MediaType } from '../lib/discover-sections'

/** The one shape every chart row becomes, whatever wrapper Trakt put around the movie or show. */
export type TitleCardModel = {
  kind: 'movie' | 'show'
  traktId: number
  slug: string
  title: string
  year: number | null
  /** Poster at the `/thumb/` size, with a scheme. */
  posterUrl: string | undefined
  /** App path mirroring trakt.tv: `/movies/:slug`, `/shows/:slug`. */
  href: string
  /** The chart's own number, e.g. 3,223 watching or $29M. */
  stat: ChartStat | undefined
  rating: number | null
}

export type ChartStat =
  | { kind: 'watching' | 'watchers' | 'plays' | 'collectors' | 'lists'; value: number }
  | { kind: 'revenue'; value: number }
  | { kind: 'updated'; value: string }

type Row = Record<string, unknown>

const isRecord = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

/** Which count a period chart row is about: `/played` rows also carry watcher and collected counts. */
function statFor(row: Row, section: MediaSection | undefined): ChartStat | undefined {
  const watchers = num(row.watchers)
  if (watchers !== undefined) return { kind: 'watching', value: watchers }
  const revenue = num(row.revenue)
  if (revenue !== undefined) return { kind: 'revenue', value: revenue }
  const listCount = num(row.list_count)
  if (listCount !== undefined) return { kind: 'lists', value: listCount }
  const plays = num(row.play_count)
  const watcherCount = num(row.watcher_count)
  const collected = num(row.collected_count)
  if (section === 'collected' && collected !== undefined) return { kind: 'collectors', value: collected }
  if (section === 'watched' && watcherCount !== undefined) return { kind: 'watchers', value: watcherCount }
  if (plays !== undefined) return { kind: 'plays', value: plays }
  if (watcherCount !== undefined) return { kind: 'watchers', value: watcherCount }
  if (collected !== undefined) return { kind: 'collectors', value: collected }
  if (typeof row.updated_at === 'string' && row.updated_at) return { kind: 'updated', value: row.updated_at }
  return undefined
}

/**
 * Normalises any chart row ({watchers, movie}, {play_count, ...}, {revenue, movie}, {list_count, movie},
 * {updated_at, show} or a plain movie/show) into a card. Returns null for rows without a usable id.
 */
export function mapChartItem(raw: unknown, type: MediaType, section?: MediaSection): TitleCardModel | null {
  if (!isRecord(raw)) return null
  const key = type === 'movies' ? 'movie' : 'show'
  const wrapped = raw[key]
  const media = isRecord(wrapped) ? wrapped : raw
  const ids = isRecord(media.ids) ? media.ids : undefined
  const traktId = num(ids?.trakt)
  if (traktId === undefined) return null
  const slug = typeof ids?.slug === 'string' && ids.slug ? ids.slug : String(traktId)
  const title = typeof media.title === 'string' && media.title.trim() ? media.title : 'Untitled'
  return {
    kind: key,
    traktId,
    slug,
    title,
    year: num(media.year) ?? null,
    posterUrl: imageUrl(media.images, 'poster', 'thumb'),
    href: `/${type}/${encodeURIComponent(slug)}`,
    stat: media === raw ? undefined : statFor(raw, section),
    rating: num(media.rating) ?? null,
  }
}

/** Maps a whole page, dropping unusable rows and repeats (charts can repeat an item across a page edge). */
export function mapChartPage(body: unknown, type: MediaType, section?: MediaSection): TitleCardModel[] {
  if (!Array.isArray(body)) return []
  const seen = new Set<number>()
  const out: TitleCardModel[] = []
  for (const row of body) {
    const card = mapChartItem(row, type, section)
    if (card && !seen.has(card.traktId)) {
      seen.add(card.traktId)
      out.push(card)
    }
  }
  return out
}
