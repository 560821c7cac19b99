import type { HistoryPlay } from '../api/map-history'

/** The history's type filter: Trakt's `/sync/history/{type}` segment, or every play. */
export const HISTORY_TYPES = ['all', 'movies', 'shows', 'seasons', 'episodes'] as const
export type HistoryType = (typeof HISTORY_TYPES)[number]

/**
 * What the page's address filters by. Names as in Trakt's request (`type`, `id`, `start_at`, `end_at`), so a shared
 * link reads plainly. The dates are the reader's local calendar days (`YYYY-MM-DD`), both included.
 */
export type HistoryFilters = {
  type: HistoryType
  /** One item's Trakt id (with a type other than "all"). */
  id?: string
  startAt?: string
  endAt?: string
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

const isDay = (value: string | null): value is string =>
  value !== null && DAY.test(value) && !Number.isNaN(Date.parse(value))

/** Reads the filters from the address; unknown or malformed values are dropped. */
export function filtersFromSearchParams(params: URLSearchParams): HistoryFilters {
  const rawType = params.get('type')
  const type = HISTORY_TYPES.find((t) => t === rawType) ?? 'all'
  const filters: HistoryFilters = { type }
  const id = params.get('id')?.trim()
  if (type !== 'all' && id && /^\d+$/.test(id)) filters.id = id
  const startAt = params.get('start_at')
  const endAt = params.get('end_at')
  if (isDay(startAt)) filters.startAt = startAt
  if (isDay(endAt)) filters.endAt = endAt
  // A range given backwards means the same days.
  if (filters.startAt && filters.endAt && filters.startAt > filters.endAt)
    [filters.startAt, filters.endAt] = [filters.endAt, filters.startAt]
  return filters
}

/** Writes the filters into `params` (other parameters are kept), leaving out the defaults. */
export function writeFilters(params: URLSearchParams, filters: HistoryFilters): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const key of ['type', 'id', 'start_at', 'end_at']) next.delete(key)
  if (filters.type !== 'all') next.set('type', filters.type)
  if (filters.type !== 'all' && filters.id) next.set('id', filters.id)
  if (filters.startAt) next.set('start_at', filters.startAt)
  if (filters.endAt) next.set('end_at', filters.endAt)
  return next
}

export function hasFilters(filters: HistoryFilters): boolean {
  return filters.type !== 'all' || Boolean(filters.startAt || filters.endAt)
}

/** The first moment of a local `YYYY-MM-DD` day, as the UTC ISO datetime Trakt reads. */
export function localDayStart(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(year, month - 1, date).toISOString()
}

/** The last millisecond of a local `YYYY-MM-DD` day, as a UTC ISO datetime. */
export function localDayEnd(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(new Date(year, month - 1, date + 1).getTime() - 1).toISOString()
}

/**
 * The one-item filter that lists every play of what `play` is a play of: the movie, or the episode's whole show
 * (`/history/shows/{id}`); null when Trakt sent no id for it.
 */
export function itemFilterOf(play: HistoryPlay): HistoryFilters | null {
  if (play.type === 'movie')
    return play.traktId !== null ? { type: 'movies', id: String(play.traktId) } : null
  const showId = play.show?.traktId
  return showId != null ? { type: 'shows', id: String(showId) } : null
}
