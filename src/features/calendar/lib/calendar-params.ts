import type { TraktFilters } from '@/lib/trakt/params'
import { isCalendarDate, type CalendarDate } from './calendar-date'

export const VIEWS = ['week', 'month', 'agenda'] as const
export type CalendarView = (typeof VIEWS)[number]

export type CalendarTarget = 'my' | 'all'

/** Which episodes: every airing, or one of Trakt's narrower show calendars. */
export const SHOW_KINDS = ['all', 'new', 'premieres', 'finales', 'none'] as const
export type ShowKind = (typeof SHOW_KINDS)[number]

/** The filters a calendar takes: the reference's common ones. */
export type CalendarFilters = Pick<
  TraktFilters,
  'query' | 'years' | 'genres' | 'languages' | 'countries' | 'runtimes' | 'ratings'
>

/** What the address says; null where it says nothing and the page picks (view by width, target by sign-in). */
export type CalendarParams = {
  view: CalendarView | null
  start: CalendarDate | null
  target: CalendarTarget | null
  shows: ShowKind
  movies: boolean
  dvd: boolean
  filters: CalendarFilters
}

const RANGES = { years: [1800, 2200], runtimes: [0, 1000], ratings: [0, 100] } as const
const LISTS = ['genres', 'languages', 'countries'] as const
const KEYS = [
  'view',
  'start',
  'calendar',
  'shows',
  'movies',
  'dvd',
  'query',
  'years',
  ...LISTS,
  'runtimes',
  'ratings',
]

const oneOf = <T extends string>(values: readonly T[], raw: string | null): T | null =>
  values.find((v) => v === raw) ?? null

function readRange(raw: string | null, [min, max]: readonly [number, number]): [number, number] | undefined {
  const match = raw ? /^(\d+)(?:-(\d+))?$/.exec(raw.trim()) : null
  if (!match) return undefined
  const [a, b] = [Number(match[1]), Number(match[2] ?? match[1])].map((n) => Math.min(max, Math.max(min, n)))
  return [Math.min(a!, b!), Math.max(a!, b!)]
}

function readList(raw: string | null): string[] | undefined {
  const values = (raw ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean)
  return values.length > 0 ? [...new Set(values)].sort() : undefined
}

/** Reads the calendar's address; malformed values are dropped. */
export function readCalendarParams(params: URLSearchParams): CalendarParams {
  const filters: CalendarFilters = {}
  const query = params.get('query')?.trim()
  if (query) filters.query = query
  const years = readRange(params.get('years'), RANGES.years)
  if (years) filters.years = years[0] === years[1] ? years[0] : years
  const runtimes = readRange(params.get('runtimes'), RANGES.runtimes)
  if (runtimes) filters.runtimes = runtimes
  const ratings = readRange(params.get('ratings'), RANGES.ratings)
  if (ratings) filters.ratings = ratings
  for (const key of LISTS) {
    const values = readList(params.get(key))
    if (values) filters[key] = values
  }
  const start = params.get('start')
  return {
    view: oneOf(VIEWS, params.get('view')),
    start: isCalendarDate(start) ? start : null,
    target: oneOf(['my', 'all'] as const, params.get('calendar')),
    shows: oneOf(SHOW_KINDS, params.get('shows')) ?? 'all',
    movies: params.get('movies') !== '0',
    dvd: params.get('dvd') !== '0',
    filters,
  }
}

const writeRange = (value: number | [number, number]) =>
  Array.isArray(value) ? `${value[0]}-${value[1]}` : String(value)

/** Writes the calendar's state into an address, leaving out what is the default, and keeping other parameters. */
export function writeCalendarParams(state: CalendarParams, base = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base)
  for (const key of KEYS) next.delete(key)
  if (state.view) next.set('view', state.view)
  if (state.start) next.set('start', state.start)
  if (state.target) next.set('calendar', state.target)
  if (state.shows !== 'all') next.set('shows', state.shows)
  if (!state.movies) next.set('movies', '0')
  if (!state.dvd) next.set('dvd', '0')
  const { filters } = state
  if (filters.query) next.set('query', filters.query)
  if (filters.years !== undefined) next.set('years', writeRange(filters.years))
  for (const key of LISTS) if (filters[key]?.length) next.set(key, filters[key].join(','))
  if (filters.runtimes) next.set('runtimes', writeRange(filters.runtimes))
  if (filters.ratings) next.set('ratings', writeRange(filters.ratings))
  return next
}

/** How many filters are set. */
export function countFilters(filters: CalendarFilters): number {
  return Object.values(filters).filter((v) => v !== undefined && (!Array.isArray(v) || v.length > 0)).length
}
