import { useQueries, useQuery } from '@tanstack/react-query'
import { useSession } from '@/lib/auth/session'
import { pluralOf, type TitleItem, type TraktIds } from '../api/sync-item'
import { listQueries, syncQueries, type ListItemEntry, type UserList } from '../api/sync-queries'
import {
  isCollectedIn,
  isEntryFor,
  isEpisodeWatchedIn,
  watchedStateOf,
  type WatchedState,
} from '../api/user-state'

export type ListMembership = { list: UserList; contains: boolean | undefined }

export type TitleState = {
  isSignedIn: boolean
  isInWatchlist: boolean | undefined
  rating: number | null | undefined
  watched: WatchedState | undefined
  isInCollection: boolean | undefined
  lists: ListMembership[] | undefined
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
    ...syncQueries.watched('movies'),
    enabled: enabled && isMovie,
    select: (list) => watchedStateOf(item, list, undefined),
  })
  const watchedShow = useQuery({
    ...syncQueries.watched('shows'),
    enabled: enabled && !isMovie,
    select: (list) => watchedStateOf(item, undefined, list),
  })
  const collectedMovie = useQuery({
    ...syncQueries.collection('movies'),
    enabled: enabled && isMovie,
    select: (list) => isCollectedIn(item, list, undefined),
  })
  const collectedShow = useQuery({
    ...syncQueries.collection('shows'),
    enabled: enabled && !isMovie,
    select: (list) => isCollectedIn(item, undefined, list),
  })
  const myLists = useQuery({ ...listQueries.mine(), enabled })
  const memberships = useQueries({
    queries: (myLists.data ?? []).map((list) => ({
      ...listQueries.items(list.ids.trakt),
      enabled,
      select: (entries: ListItemEntry[]) => entries.some((e) => isEntryFor(e, item)),
    })),
  })

  const collected = isMovie ? collectedMovie : collectedShow
  // A state that failed to load reads as "not yet": the controls stay usable, and Trakt treats repeats as no-ops.
  return {
    isSignedIn: enabled,
    isInWatchlist: watchlist.isError ? false : watchlist.data,
    rating: rating.isError ? null : rating.data,
    watched: isMovie ? watchedMovie.data : watchedShow.data,
    isInCollection: collected.isError ? false : collected.data,
    lists: myLists.data?.map((list, index) => ({ list, contains: memberships[index]?.data })),
  }
}

/** Whether the signed-in user has watched an episode (false while unknown or signed out), for spoiler decisions. */
export function useIsEpisodeWatched(
  showIds: Pick<TraktIds, 'trakt'>,
  season: number,
  number: number,
): boolean {
  const session = useSession()
  const { data } = useQuery({
    ...syncQueries.watched('shows'),
    enabled: session.status === 'signed-in',
    select: (list) => isEpisodeWatchedIn(list, showIds.trakt, season, number),
  })
  return data ?? false
}

/**
 * For lists of episodes (a season page): one subscription, and a predicate the route can hand to another feature's
 * components as a plain prop. Unknown (loading, signed out) reads as not watched.
 */
export function useWatchedEpisodes(
  showIds: Pick<TraktIds, 'trakt'>,
): (season: number, number: number) => boolean {
  const session = useSession()
  const { data } = useQuery({
    ...syncQueries.watched('shows'),
    enabled: session.status === 'signed-in',
    select: (list) => list.find((entry) => entry.show.ids.trakt === showIds.trakt) ?? null,
  })
  return (season, number) => (data ? isEpisodeWatchedIn([data], showIds.trakt, season, number) : false)
}
