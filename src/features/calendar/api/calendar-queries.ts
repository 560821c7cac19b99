import { queryOptions } from '@tanstack/react-query'
import { staleTime } from '@/lib/stale'
import { filterParams } from '@/lib/trakt/params'
import { trakt } from '@/lib/trakt/trakt'
import type { CalendarFilters, CalendarTarget, ShowKind } from '../lib/calendar-params'
import type { RequestRange } from '../lib/request-ranges'
import { mapCalendarMovies, mapCalendarShows, type CalendarItem } from './map-calendar-item'

/** One of Trakt's calendars: the show calendars and the two movie ones. */
export type CalendarKind = 'shows' | 'shows/new' | 'shows/premieres' | 'shows/finales' | 'movies' | 'dvd'

const SHOW_PATHS: Record<Exclude<ShowKind, 'none'>, CalendarKind> = {
  all: 'shows',
  new: 'shows/new',
  premieres: 'shows/premieres',
  finales: 'shows/finales',
}

/** The calendars a page asks for: one show calendar (or none), movies, DVDs. */
export function calendarKinds(choice: { shows: ShowKind; movies: boolean; dvd: boolean }): CalendarKind[] {
  return [
    ...(choice.shows === 'none' ? [] : [SHOW_PATHS[choice.shows]]),
    ...(choice.movies ? (['movies'] as const) : []),
    ...(choice.dvd ? (['dvd'] as const) : []),
  ]
}

export type CalendarRequest = RequestRange & {
  target: CalendarTarget
  kind: CalendarKind
  filters: CalendarFilters
}

async function fetchCalendar(request: CalendarRequest, signal: AbortSignal): Promise<CalendarItem[]> {
  const client = trakt()
  const path = { target: request.target, start_date: request.startDate, days: request.days }
  // The contract leaves some of the reference's calendar filters out (`query`, `languages`): a bag built apart
  // from the call carries them.
  const shows: { extended: string } = { extended: 'full', ...filterParams(request.filters) }
  const movies: Record<string, string> = filterParams(request.filters)
  const showInit = { params: { path, query: shows }, signal }
  const movieInit = { params: { path, query: movies }, signal }
  switch (request.kind) {
    case 'shows':
      return mapCalendarShows(
        (await client.GET('/calendars/{target}/shows/{start_date}/{days}', showInit)).data,
      )
    case 'shows/new':
      return mapCalendarShows(
        (await client.GET('/calendars/{target}/shows/new/{start_date}/{days}', showInit)).data,
      )
    case 'shows/premieres':
      return mapCalendarShows(
        (await client.GET('/calendars/{target}/shows/premieres/{start_date}/{days}', showInit)).data,
      )
    case 'shows/finales':
      return mapCalendarShows(
        (await client.GET('/calendars/{target}/shows/finales/{start_date}/{days}', showInit)).data,
      )
    case 'movies':
      return mapCalendarMovies(
        (await client.GET('/calendars/{target}/movies/{start_date}/{days}', movieInit)).data,
        'theatrical',
      )
    case 'dvd':
      return mapCalendarMovies(
        (await client.GET('/calendars/{target}/dvd/{start_date}/{days}', movieInit)).data,
        'dvd',
      )
  }
}

const all = () => ['calendar'] as const

/** Query factories for the calendars: one query per calendar, target, UTC range and filters. */
export const calendarQueries = {
  all,

  range: (request: CalendarRequest) => {
    const { target, kind, startDate, days, filters } = request
    return queryOptions({
      queryKey: [...all(), target, kind, startDate, days, filterParams(filters)] as const,
      queryFn: ({ signal }) => fetchCalendar(request, signal),
      staleTime: staleTime.calendar,
    })
  },
}
