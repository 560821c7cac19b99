import { infiniteQueryOptions } from '@tanstack/react-query'
import { withMeta } from '@/lib/trakt/client'
import { extended, filterParams, type TraktFilters } from '@/lib/trakt/params'
import type { PageMeta } from '@/lib/trakt/pagination'
import { trakt } from '@/lib/trakt/trakt'
import { staleTime } from '@/lib/stale'
import {
  DEFAULT_PERIOD,
  MEDIA_SECTIONS,
  type MediaSection,
  type MediaType,
  type Period,
} from '../lib/discover-sections'
import { mapChartPage, type TitleCardModel } from './map-chart-item'

/** Items per request on Discover (rails show the first page of the same query the grid pages through). */
export const PAGE_SIZE = 20

export type ChartPage<T> = { items: T[]; pagination: PageMeta | undefined }

/** The day `/updates` starts from: yesterday in UTC, so "recently updated" means the last day or so. */
export function updatesStartDate(now: Date = new Date()): string {
  return new Date(now.getTime() - 24 * 60 * 60_000).toISOString().slice(0, 10)
}

/** The page after `last`, while Trakt has more. */
export function nextPage<T>(last: ChartPage<T>): number | undefined {
  const meta = last.pagination
  if (!meta || last.items.length === 0) return undefined
  return meta.page < meta.pageCount ? meta.page + 1 : undefined
}

async function fetchMediaChart(
  type: MediaType,
  section: MediaSection,
  period: Period,
  filters: Record<string, string>,
  page: number,
  signal: AbortSignal,
) {
  const client = trakt()
  // The contract leaves out some documented filters on some charts (e.g. `query`, `languages`); a bag built apart
  // from the call carries them without an excess-property error.
  const query: { extended: string; page: number; limit: number } = {
    extended: extended('full', 'images'),
    page,
    limit: PAGE_SIZE,
    ...filters,
  }
  const init = { params: { query }, signal }
  const withPeriod = { params: { query, path: { period } }, signal }
  if (type === 'movies') {
    switch (section) {
      case 'trending':
        return withMeta(await client.GET('/movies/trending', init))
      case 'popular':
        return withMeta(await client.GET('/movies/popular', init))
      case 'anticipated':
        return withMeta(await client.GET('/movies/anticipated', init))
      case 'played':
        return withMeta(await client.GET('/movies/played/{period}', withPeriod))
      case 'watched':
        return withMeta(await client.GET('/movies/watched/{period}', withPeriod))
      case 'collected':
        return withMeta(await client.GET('/movies/collected/{period}', withPeriod))
      case 'boxoffice':
        return withMeta(
          await client.GET('/movies/boxoffice', {
            params: { query: { extended: extended('full', 'images') } },
            signal,
          }),
        )
      case 'updates':
        return withMeta(
          await client.GET('/movies/updates/{start_date}', {
            params: { query, path: { start_date: updatesStartDate() } },
            signal,
          }),
        )
    }
  }
  switch (section) {
    case 'trending':
      return withMeta(await client.GET('/shows/trending', init))
    case 'popular':
      return withMeta(await client.GET('/shows/popular', init))
    case 'anticipated':
      return withMeta(await client.GET('/shows/anticipated', init))
    case 'played':
      return withMeta(await client.GET('/shows/played/{period}', withPeriod))
    case 'watched':
      return withMeta(await client.GET('/shows/watched/{period}', withPeriod))
    case 'collected':
      return withMeta(await client.GET('/shows/collected/{period}', withPeriod))
    case 'updates':
      return withMeta(
        await client.GET('/shows/updates/{start_date}', {
          params: { query, path: { start_date: updatesStartDate() } },
          signal,
        }),
      )
    case 'boxoffice':
      throw new Error('Box office exists for movies only.')
  }
}

/** Query factories for Discover: the movie and show charts and the list charts, paged for useInfiniteQuery. */
const all = () => ['discover'] as const

export const discoverQueries = {
  all,

  /**
   * One chart, paged. Period and filters only enter the key where the chart takes them, so `/movies/trending`
   * is one cache entry whatever the URL says about periods.
   */
  section: (
    type: MediaType,
    section: MediaSection,
    period: Period = DEFAULT_PERIOD,
    filters: TraktFilters = {},
  ) => {
    const info = MEDIA_SECTIONS[section]
    const keyPeriod = info.hasPeriod ? period : null
    const params = info.hasFilters ? filterParams(filters) : {}
    return infiniteQueryOptions({
      queryKey: [...all(), type, section, keyPeriod, params] as const,
      queryFn: async ({ pageParam, signal }): Promise<ChartPage<TitleCardModel>> => {
        const result = await fetchMediaChart(
          type,
          section,
          keyPeriod ?? DEFAULT_PERIOD,
          params,
          pageParam,
          signal,
        )
        return { items: mapChartPage(result.data, type, section), pagination: result.meta.pagination }
      },
      initialPageParam: 1,
      getNextPageParam: nextPage,
      staleTime: staleTime.chart,
    })
  },
}
