import { useQueries, useQuery } from '@tanstack/react-query'
import { useSession } from '@/lib/auth/session'
import type { ListItemEntry, UserList } from '../api/map-user-state'
import { pluralOf, type TitleItem } from '../api/sync-item'
import { listQueries, syncQueries } from '../api/sync-queries'
import {
  isEntryFor,
  isEpisodeWatchedIn,
  isMovieCollectedIn,
  isShowItemCollectedIn,
  watchedMovieStateOf,
  watchedShowStateOf,
  type WatchedState,
} from '../api/user-state'

export type ListMembership = { list: UserList; contains: boolean | undefined }

export type TitleState = {
  isSignedIn: boolean
  isInWatchlist: boolean | undefined
  rating: number | null | undefined
  watched: WatchedState | undefined
  isInCollection: boolean | undefined
}

/** The signed-in user's relation to one title, derived with `select` from the long-lived user-state queries. */
export function useTitleState(item: TitleItem): TitleState {
  const session = useSession()
  const enabled = session.status === 'signed-in'
  const plural = pluralOf[item.type]
  const isMovie = item.type === 'movie'

  const watchlist = useQuery({
    ...syncQueries.watchlist(plural),
    enabled,
    select: (list) => list.some((e) => isEntryFor(e, item)),
  })
  const rating = useQuery({
    ...syncQueries.ratings(plural),
    enabled,
    select: (list) => list.find((e) => isEntryFor(e, item))?.rating ?? null,
  })
  const watchedMovie = useQuery({
    ...syncQueries.watchedMovies(),
    enabled: enabled && isMovie,
    select: (list) => watchedMovieStateOf(item, list),
  })
  const watchedShow = useQuery({
    ...syncQueries.watchedShows(),
    enabled: enabled && !isMovie,
    select: (list) => watchedShowStateOf(item, list),
  })
  const collectedMovie = useQuery({
    ...syncQueries.collectionMovies(),
    enabled: enabled && isMovie,
    select: (list) => isMovieCollectedIn(item, list),
  })
  const collectedShow = useQuery({
    ...syncQueries.collectionShows(),
    enabled: enabled && !isMovie,
    select: (list) => isShowItemCollectedIn(item, list),
  })

  const collected = isMovie ? collectedMovie : collectedShow
  // A state that failed to load reads as "not yet": the controls stay usable, and Trakt treats repeats as no-ops.
  return {
    isSignedIn: enabled,
    isInWatchlist: watchlist.isError ? false : watchlist.data,
    rating: rating.isError ? null : rating.data,
    watched: isMovie ? watchedMovie.data : watchedShow.data,
    isInCollection: collected.isError ? false : collected.data,
  }
}

/**
 * Which of the user's lists hold the title. Trakt has no "lists containing this" for one user, so it costs one
 * request per list: the lists dialog asks only while it is open, never the title page on its own.
 */
export function useListMemberships(item: TitleItem, enabled: boolean): ListMembership[] | undefined {
  const myLists = useQuery({ ...listQueries.mine(), enabled })
  const memberships = useQueries({
    queries: (myLists.data ?? []).map((list) => ({
      ...listQueries.items(list.ids.trakt),
      enabled,
      select: (entries: ListItemEntry[]) => entries.some((e) => isEntryFor(e, item)),
    })),
  })
  return myLists.data?.map((list, index) => ({ list, contains: memberships[index]?.data }))
}

/**
 * For lists of episodes (a season page): one subscription, and a predicate the route can hand to another feature's
 * components as a plain prop. Unknown (loading, signed out) reads as not watched.
 */
export function useWatchedEpisodes(showIds: { trakt: number }): (season: number, number: number) => boolean {
  const session = useSession()
  const { data } = useQuery({
    ...syncQueries.watchedShows(),
    enabled: session.status === 'signed-in',
    select: (list) => list.find((entry) => entry.show.ids.trakt === showIds.trakt) ?? null,
  })
  return (season, number) => (data ? isEpisodeWatchedIn([data], showIds.trakt, season, number) : false)
}
