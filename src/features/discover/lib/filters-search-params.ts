import type { TraktFilters } from '@/lib/trakt/params'
import type { MediaType } from './discover-sections'

/** Filter names as they appear in the page URL (the same names Trakt uses, so a shared link reads plainly). */
export const FILTER_KEYS = [
  'query',
  'years',
  'genres',
  'languages',
  'countries',
  'runtimes',
  'ratings',
  'certifications',
  'networks',
  'status',
] as const

export const SHOW_STATUSES = ['returning series', 'in production', 'planned', 'canceled', 'ended'] as const

const LIST_KEYS = ['genres', 'languages', 'countries', 'certifications', 'networks', 'status'] as const

function parseRange(raw: string | null, min: number, max: number): [number, number] | undefined {
  if (!raw) return undefined
  const match = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(raw)
  if (!match) return undefined
  const clamp = (n: number) => Math.min(max, Math.max(min, n))
  const from = clamp(Number(match[1]))
  const to = clamp(Number(match[2] ?? match[1]))
  return from <= to ? [from, to] : [to, from]
}

function parseList(raw: string | null): string[] | undefined {
  if (!raw) return undefined
  const values = [
    ...new Set(
      raw
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ].sort()
  return values.length > 0 ? values : undefined
}

/** Reads the filters of a Discover page from its URL; unknown or malformed values are dropped. */
export function filtersFromSearchParams(params: URLSearchParams, type: MediaType): TraktFilters {
  const filters: TraktFilters = {}
  const query = params.get('query')?.trim()
  if (query) filters.query = query
  const years = parseRange(params.get('years'), 1800, 2200)
  if (years) filters.years = years[0] === years[1] ? years[0] : years
  const runtimes = parseRange(params.get('runtimes'), 0, 1000)
  if (runtimes) filters.runtimes = runtimes
  const ratings = parseRange(params.get('ratings'), 0, 100)
  if (ratings) filters.ratings = ratings
  for (const key of LIST_KEYS) {
    if (type === 'movies' && (key === 'networks' || key === 'status')) continue
    const values = parseList(params.get(key))
    if (values) filters[key] = values
  }
  return filters
}

const range = (value: number | [number, number]) =>
  Array.isArray(value) ? `${value[0]}-${value[1]}` : String(value)

/** Writes filters into a copy of `base`, replacing every filter key (so cleared filters leave the URL). */
export function filtersToSearchParams(filters: TraktFilters, base: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(base)
  for (const key of FILTER_KEYS) next.delete(key)
  if (filters.query?.trim()) next.set('query', filters.query.trim())
  if (filters.years !== undefined) next.set('years', range(filters.years))
  if (filters.runtimes) next.set('runtimes', range(filters.runtimes))
  if (filters.ratings) next.set('ratings', range(filters.ratings))
  for (const key of LIST_KEYS) {
    const values = filters[key]
    if (values && values.length > 0) next.set(key, [...values].sort().join(','))
  }
  return next
}

/** How many filters are set (for the "Filters (3)" badge). */
export function countFilters(filters: TraktFilters): number {
  return Object.values(filters).filter((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== ''))
    .length
}
