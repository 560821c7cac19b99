import {
  useQueries,
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseQueryResult,
} from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ShowListEntry, ShowProgress } from '../api/map-progress'
import { hiddenSectionOf, progressQueries } from '../api/progress-queries'
import { buildCard, hiddenOnlyCard, idsOf, watchlistCard, type ProgressCard } from '../lib/progress-cards'
import type { ProgressMode, ProgressOptions } from '../lib/progress-options'

/** What a show's progress is cached under: its list row's stamps (see progressQueries.show). */
export const stampOf = (entry: ShowListEntry) => [entry.lastAt, entry.lastUpdatedAt, entry.resetAt].join('|')

/**
 * Per show, the newest progress cached for these options under any stamp: shown while a new stamp's answer is on
 * its way, so a card that moved (a play just marked) keeps its place instead of flashing back to "loading". One pass
 * over the cache each time the list changes (which is when stamps move), not one per show and render.
 */
function newestCached(
  client: QueryClient,
  mode: ProgressMode,
  options: ProgressOptions,
  entries: ShowListEntry[],
) {
  const listed = new Set(entries.map((e) => e.show.ids.trakt))
  const optionsHash = JSON.stringify(options)
  const newest = new Map<number, { at: number; data: ShowProgress }>()
  const family = progressQueries.showFamily(mode, 0).queryKey.slice(0, 2)
  for (const query of client.getQueryCache().findAll({ queryKey: family })) {
    const showId = query.queryKey[2]
    const state = client.getQueryState<ShowProgress>(query.queryKey)
    const data = state?.data
    if (typeof showId !== 'number' || !listed.has(showId) || !state || data === undefined) continue
    if (JSON.stringify(query.queryKey[3]) !== optionsHash) continue
    const best = newest.get(showId)
    if (!best || state.dataUpdatedAt > best.at) newest.set(showId, { at: state.dataUpdatedAt, data })
  }
  return newest
}

export type ProgressCards = {
  /** Every card (each show once), unsorted. */
  cards: ProgressCard[]
  /** Shows in the list, and how many of them have their progress (or failed to). */
  total: number
  arrived: number
  failed: number
  retryFailed: () => void
  list: UseQueryResult<ShowListEntry[]>
  isNotStartedPending: boolean
}

/**
 * The page's cards: the watched (or collected) shows, then each show's progress as it arrives, one request per
 * show through the one scheduler (which keeps a few on the wire at a time and the budget under Trakt's limit).
 */
export function useProgressCards(mode: ProgressMode, options: ProgressOptions): ProgressCards {
  const client = useQueryClient()
  const list = useQuery(progressQueries.showList(mode))
  const hidden = useQuery(progressQueries.hidden(hiddenSectionOf(mode)))
  const dropped = useQuery({ ...progressQueries.hidden('dropped'), enabled: mode === 'watched' })
  const watchlist = useQuery(progressQueries.watchlistShows())
  // Asked for most recently watched first: the top of the default order fills in first.
  const entries = useMemo(
    () => [...(list.data ?? [])].sort((a, b) => (b.lastAt ?? '').localeCompare(a.lastAt ?? '')),
    [list.data],
  )

  const cached = useMemo(() => newestCached(client, mode, options, entries), [client, mode, options, entries])
  const results = useQueries({
    queries: entries.map((entry) => ({
      ...progressQueries.show(mode, entry.show.ids.trakt, options, stampOf(entry)),
      placeholderData: () => cached.get(entry.show.ids.trakt)?.data,
    })),
  })

  const hiddenIds = useMemo(() => idsOf(hidden.data), [hidden.data])
  const droppedIds = useMemo(
    () => (mode === 'watched' ? idsOf(dropped.data) : new Set<number>()),
    [dropped.data, mode],
  )
  const cards: ProgressCard[] = entries.map((entry, i) =>
    buildCard({
      entry,
      progress: results[i]?.data,
      isError: results[i]?.isError ?? false,
      hidden: hiddenIds,
      dropped: droppedIds,
    }),
  )
  const listed = new Set(entries.map((e) => e.show.ids.trakt))
  for (const { show } of hidden.data ?? [])
    if (!listed.has(show.ids.trakt) && !droppedIds.has(show.ids.trakt)) {
      cards.push(hiddenOnlyCard(show, false))
      listed.add(show.ids.trakt)
    }
  for (const { show } of mode === 'watched' ? (dropped.data ?? []) : [])
    if (!listed.has(show.ids.trakt)) {
      cards.push(hiddenOnlyCard(show, true))
      listed.add(show.ids.trakt)
    }
  for (const show of watchlist.data ?? []) if (!listed.has(show.ids.trakt)) cards.push(watchlistCard(show))

  const failed = results.filter((r) => r.isError && r.data === undefined).length
  return {
    cards,
    total: entries.length,
    arrived: results.filter((r) => r.data !== undefined || r.isError).length,
    failed,
    retryFailed: () => results.forEach((r) => r.isError && void r.refetch()),
    list,
    isNotStartedPending: watchlist.isPending,
  }
}
