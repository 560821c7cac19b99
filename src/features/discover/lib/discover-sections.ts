/** What Discover can show: the chart sections per media type, with their titles and what they accept. */
import type { MediaType } from '@/lib/media/reference-queries'

export type { MediaType }
export type DiscoverType = MediaType | 'lists'
export type Period = 'daily' | 'weekly' | 'monthly' | 'yearly' | 'all'

export const PERIODS: { value: Period; label: string }[] = [
  { value: 'daily', label: 'Today' },
  { value: 'weekly', label: 'This week' },
  { value: 'monthly', label: 'This month' },
  { value: 'yearly', label: 'This year' },
  { value: 'all', label: 'All time' },
]
export const DEFAULT_PERIOD: Period = 'weekly'

export type MediaSection =
  'trending' | 'popular' | 'anticipated' | 'played' | 'watched' | 'collected' | 'boxoffice' | 'updates'
export type ListSection = 'trending' | 'popular'
export type DiscoverSection = MediaSection

type SectionInfo = {
  label: string
  /** Takes a time period (`/movies/played/{period}`). */
  hasPeriod: boolean
  /** Accepts the 🎚 filters. */
  hasFilters: boolean
  /** Answers with X-Pagination-* headers (box office is a fixed top 10). */
  isPaginated: boolean
}

export const MEDIA_SECTIONS: Record<MediaSection, SectionInfo> = {
  trending: { label: 'Trending', hasPeriod: false, hasFilters: true, isPaginated: true },
  popular: { label: 'Popular', hasPeriod: false, hasFilters: true, isPaginated: true },
  anticipated: { label: 'Most anticipated', hasPeriod: false, hasFilters: true, isPaginated: true },
  boxoffice: { label: 'Box office', hasPeriod: false, hasFilters: false, isPaginated: false },
  played: { label: 'Most played', hasPeriod: true, hasFilters: true, isPaginated: true },
  watched: { label: 'Most watched', hasPeriod: true, hasFilters: true, isPaginated: true },
  collected: { label: 'Most collected', hasPeriod: true, hasFilters: true, isPaginated: true },
  updates: { label: 'Recently updated', hasPeriod: false, hasFilters: false, isPaginated: true },
}

export const LIST_SECTIONS: Record<ListSection, { label: string }> = {
  trending: { label: 'Trending lists' },
  popular: { label: 'Popular lists' },
}

/** Sections in hub order; box office exists only for movies. */
export const MOVIE_SECTION_ORDER: MediaSection[] = [
  'trending',
  'popular',
  'anticipated',
  'boxoffice',
  'played',
  'watched',
  'collected',
  'updates',
]
export const SHOW_SECTION_ORDER: MediaSection[] = [
  'trending',
  'popular',
  'anticipated',
  'played',
  'watched',
  'collected',
  'updates',
]

export function isMediaType(value: string | undefined): value is MediaType {
  return value === 'movies' || value === 'shows'
}

export function isMediaSection(type: MediaType, value: string | undefined): value is MediaSection {
  if (!value || !(value in MEDIA_SECTIONS)) return false
  return type === 'movies' || value !== 'boxoffice'
}

export function isListSection(value: string | undefined): value is ListSection {
  return value === 'trending' || value === 'popular'
}

export function isPeriod(value: string | null | undefined): value is Period {
  return PERIODS.some((p) => p.value === value)
}

/** "Trending movies", "Most played shows", "Popular lists". */
export function sectionTitle(type: DiscoverType, section: string): string {
  if (type === 'lists') return LIST_SECTIONS[section as ListSection]?.label ?? 'Lists'
  const info = MEDIA_SECTIONS[section as MediaSection]
  return `${info?.label ?? 'Discover'} ${type}`
}

/** `/discover/movies/played?period=monthly`. */
export function sectionPath(type: DiscoverType, section: string, period?: Period): string {
  const base = `/discover/${type}/${section}`
  return period && period !== DEFAULT_PERIOD ? `${base}?period=${period}` : base
}
