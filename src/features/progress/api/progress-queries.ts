import { queryOptions } from '@tanstack/react-query'
import { staleTime } from '@/lib/stale'
import { TraktHttpError } from '@/lib/trakt/errors'
import { trakt } from '@/lib/trakt/trakt'
import { progressParams, type ProgressMode, type ProgressOptions } from '../lib/progress-options'
import {
  mapHiddenShows,
  mapShowList,
  mapShowProgress,
  mapWatchlistShows,
  type HiddenShow,
  type ShowProgress,
} from './map-progress'
import { ALL_PAGES_LIMIT, readAllPages } from './read-all-pages'

/** The hidden-items sections the page reads: hidden per mode, and dropped shows. */
export type HiddenSection = 'progress_watched' | 'progress_collected' | 'dropped'

export const hiddenSectionOf = (mode: ProgressMode): HiddenSection =>
  mode === 'watched' ? 'progress_watched' : 'progress_collected'

/**
 * A show's progress is cached per stamp (its list row's last_watched_at / last_collected_at, last_updated_at and
 * reset_at): when none of them moved, the answer cannot have changed through the user's own activity, so a
 * revisit asks nothing. New episodes air without moving a stamp, hence a long but finite freshness as well.
 */
export const SHOW_PROGRESS_STALE_MS = 12 * 60 * 60_000

const pageQuery = (extended: string, page: number) => ({ extended, page, limit: ALL_PAGES_LIMIT })

/** Trakt's sections answer 401/403/404 where this app may not read them (dropped shows are newer): no rows then. */
const isUnavailable = (error: unknown) =>
  error instanceof TraktHttpError && [401, 403, 404].includes(error.status)

/**
 * The progress page's reads. The lists sit under the sync feature's key roots, so every write there (mark as
 * watched, check in, remove plays, watchlist, collection) makes them stale too, but under their own last segment:
 * they are other requests (every page, no seasons) with another shape, which the sync feature's optimistic patches
 * of ['sync', 'watched', 'shows'] must not reach. Keys:
 * ['sync', 'watched' | 'collection' | 'watchlist', 'all-shows'], ['users', 'me', 'hidden', section],
 * ['progress', mode, showId, options, stamp].
 */
export const progressQueries = {
  all: () => ['progress'] as const,

  /**
   * Every watched show (all pages, without seasons: per-show detail comes from its progress), or every collected
   * show for the collection mode.
   */
  showList: (mode: ProgressMode) =>
    queryOptions({
      queryKey: ['sync', mode === 'watched' ? 'watched' : 'collection', 'all-shows'] as const,
      queryFn: async ({ signal }) => {
        const rows = await readAllPages((page) =>
          mode === 'watched'
            ? // `page` and `limit` are honoured since 2026 though the contract leaves them out: a bag built apart.
              trakt().GET('/sync/watched/{type}', {
                params: { path: { type: 'shows' }, query: pageQuery('noseasons,images', page) },
                signal,
              })
            : trakt().GET('/sync/collection/{type}', {
                params: { path: { type: 'shows' }, query: pageQuery('images', page) },
                signal,
              }),
        )
        return mapShowList(rows, mode)
      },
      staleTime: staleTime.user,
    }),

  /** The watchlist's shows, all pages (Not started). */
  watchlistShows: () =>
    queryOptions({
      queryKey: ['sync', 'watchlist', 'all-shows'] as const,
      queryFn: async ({ signal }) => {
        const rows = await readAllPages((page) =>
          trakt().GET('/sync/watchlist/{type}/{sort_by}/{sort_how}', {
            params: {
              path: { type: 'shows', sort_by: 'added', sort_how: 'desc' },
              query: { extended: 'full,images', page, limit: ALL_PAGES_LIMIT },
            },
            signal,
          }),
        )
        return mapWatchlistShows(rows)
      },
      staleTime: staleTime.user,
    }),

  /** Hidden shows of one section; an unavailable section is an empty one. */
  hidden: (section: HiddenSection) =>
    queryOptions<HiddenShow[]>({
      queryKey: ['users', 'me', 'hidden', section] as const,
      queryFn: async ({ signal }) => {
        try {
          // Dropped holds shows only, and its method takes no `type`.
          const type = section === 'dropped' ? {} : { type: 'show' }
          const rows = await readAllPages((page) =>
            trakt().GET('/users/hidden/{section}', {
              params: { path: { section }, query: { ...type, ...pageQuery('images', page) } },
              signal,
            }),
          )
          return mapHiddenShows(rows)
        } catch (error) {
          if (section === 'dropped' && isUnavailable(error)) return []
          throw error
        }
      },
      staleTime: staleTime.user,
    }),

  /** Every cached progress of one show (any options, any stamp): what optimistic patches change. */
  showFamily: (mode: ProgressMode, showId: number) =>
    queryOptions<ShowProgress>({ queryKey: ['progress', mode, showId] as const }),

  /** One show's progress for these options, cached under its list stamp. */
  show: (mode: ProgressMode, showId: number, options: ProgressOptions, stamp: string) =>
    queryOptions({
      queryKey: ['progress', mode, showId, options, stamp] as const,
      queryFn: async ({ signal }) => {
        const query = progressParams(mode, options)
        const path = { id: String(showId) }
        const { data } =
          mode === 'watched'
            ? await trakt().GET('/shows/{id}/progress/watched', { params: { path, query }, signal })
            : await trakt().GET('/shows/{id}/progress/collection', { params: { path, query }, signal })
        return mapShowProgress(data, mode)
      },
      staleTime: SHOW_PROGRESS_STALE_MS,
    }),
}
