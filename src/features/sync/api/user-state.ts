import type { EpisodeRef, TitleItem } from './sync-item'
import type {
  CollectionMetadata,
  CollectionMovieEntry,
  CollectionShowEntry,
  ListItemEntry,
  RatingEntry,
  WatchedMovieEntry,
  WatchedShowEntry,
  WatchlistEntry,
} from './sync-queries'

// Pure readers and writers of the user-state caches: the readers feed `select`, the writers feed optimistic patches.

type Embedded = {
  movie?: { ids: { trakt: number } }
  show?: { ids: { trakt: number } }
  season?: { ids: { trakt: number } }
  episode?: { ids: { trakt: number } }
}

/** Whether a watchlist, rating or list entry is about this item (matched on the item's own Trakt id). */
export function isEntryFor(entry: Embedded, item: Pick<TitleItem, 'type' | 'ids'>): boolean {
  return entry[item.type]?.ids.trakt === item.ids.trakt
}

/** The show's id for seasons and episodes, the item's own id for shows. */
function showIdOf(item: TitleItem): number | undefined {
  return item.type === 'show' ? item.ids.trakt : item.show?.ids.trakt
}

function embedFor(item: TitleItem): Record<string, unknown> {
  const self = { title: item.title, ids: item.ids }
  if (item.type === 'movie') return { movie: { ...self, year: item.year ?? null } }
  if (item.type === 'show') return { show: { ...self, year: item.year ?? null } }
  const show = item.show ? { show: { title: item.show.title ?? null, ids: item.show.ids } } : {}
  if (item.type === 'season') return { ...show, season: { ...self, number: item.show?.season } }
  return { ...show, episode: { ...self, season: item.show?.season, number: item.show?.episode } }
}

const asArray = <T>(old: unknown): T[] => (Array.isArray(old) ? (old as T[]) : [])

// Watchlist

export function addWatchlistEntry(old: unknown, item: TitleItem, now: string): unknown {
  const list = asArray<WatchlistEntry>(old)
  if (list.some((entry) => isEntryFor(entry, item))) return old
  return [...list, { listed_at: now, type: item.type, ...embedFor(item) } as WatchlistEntry]
}

export function removeEntry<T extends Embedded>(old: unknown, item: TitleItem): unknown {
  if (!Array.isArray(old)) return old
  return asArray<T>(old).filter((entry) => !isEntryFor(entry, item))
}

// Ratings

export function setRatingEntry(old: unknown, item: TitleItem, rating: number, now: string): unknown {
  const list = asArray<RatingEntry>(old).filter((entry) => !isEntryFor(entry, item))
  return [{ rated_at: now, rating, type: item.type, ...embedFor(item) } as RatingEntry, ...list]
}

// List items

export function addListItem(old: unknown, item: TitleItem, now: string): unknown {
  const list = asArray<ListItemEntry>(old)
  if (list.some((entry) => isEntryFor(entry, item))) return old
  return [...list, { listed_at: now, type: item.type, ...embedFor(item) } as ListItemEntry]
}

// Watched

export type WatchedState = { plays: number; episodes: number; lastWatchedAt: string | null }

const latest = (a: string | null, b: string | null) => (!a ? b : !b ? a : a > b ? a : b)

/** Plays of a movie, or of a show / season / episode from the watched-shows list. */
export function watchedStateOf(
  item: TitleItem,
  movies: WatchedMovieEntry[] | undefined,
  shows: WatchedShowEntry[] | undefined,
): WatchedState {
  const none: WatchedState = { plays: 0, episodes: 0, lastWatchedAt: null }
  if (item.type === 'movie') {
    const entry = movies?.find((e) => e.movie.ids.trakt === item.ids.trakt)
    return entry ? { plays: entry.plays, episodes: 0, lastWatchedAt: entry.last_watched_at } : none
  }
  const entry = shows?.find((e) => e.show.ids.trakt === showIdOf(item))
  if (!entry) return none
  const seasons = (entry.seasons ?? []).filter((s) => item.type === 'show' || s.number === item.show?.season)
  const episodes = seasons.flatMap((s) =>
    s.episodes.filter((e) => item.type !== 'episode' || e.number === item.show?.episode),
  )
  if (item.type === 'show' && episodes.length === 0)
    return { plays: entry.plays, episodes: 0, lastWatchedAt: entry.last_watched_at }
  return {
    plays: episodes.reduce((sum, e) => sum + e.plays, 0),
    episodes: episodes.filter((e) => e.plays > 0).length,
    lastWatchedAt: episodes.reduce<string | null>((acc, e) => latest(acc, e.last_watched_at), null),
  }
}

/** Whether one episode has at least one play in the watched-shows list. */
export function isEpisodeWatchedIn(
  shows: WatchedShowEntry[] | undefined,
  showId: number,
  season: number,
  number: number,
): boolean {
  const entry = shows?.find((e) => e.show.ids.trakt === showId)
  const episode = entry?.seasons?.find((s) => s.number === season)?.episodes.find((e) => e.number === number)
  return Boolean(episode && episode.plays > 0)
}

export function addMoviePlay(old: unknown, item: TitleItem, at: string): unknown {
  const list = asArray<WatchedMovieEntry>(old)
  const found = list.find((e) => e.movie.ids.trakt === item.ids.trakt)
  if (!found)
    return [
      { plays: 1, last_watched_at: at, movie: { title: item.title, year: item.year ?? null, ids: item.ids } },
      ...list,
    ]
  return list.map((e) =>
    e === found ? { ...e, plays: e.plays + 1, last_watched_at: latest(e.last_watched_at, at) } : e,
  )
}

/** One more play for each episode (and the show's total), creating the show, season and episode entries as needed. */
export function addEpisodePlays(old: unknown, item: TitleItem, episodes: EpisodeRef[], at: string): unknown {
  const showId = showIdOf(item)
  if (showId === undefined) return old
  const list = asArray<WatchedShowEntry>(old)
  const existing = list.find((e) => e.show.ids.trakt === showId)
  const showRef =
    item.type === 'show'
      ? { title: item.title, ids: item.ids }
      : { title: item.show?.title ?? null, ids: item.show!.ids }
  const entry: WatchedShowEntry = existing ?? { plays: 0, last_watched_at: null, show: showRef, seasons: [] }
  const seasons = (entry.seasons ?? []).map((s) => ({ ...s, episodes: [...s.episodes] }))
  for (const ref of episodes) {
    let season = seasons.find((s) => s.number === ref.season)
    if (!season) {
      season = { number: ref.season, episodes: [] }
      seasons.push(season)
    }
    const index = season.episodes.findIndex((e) => e.number === ref.number)
    const current =
      index >= 0 ? season.episodes[index]! : { number: ref.number, plays: 0, last_watched_at: null }
    const next = {
      ...current,
      plays: current.plays + 1,
      last_watched_at: latest(current.last_watched_at, at),
    }
    if (index >= 0) season.episodes[index] = next
    else season.episodes.push(next)
  }
  const updated: WatchedShowEntry = {
    ...entry,
    plays: entry.plays + Math.max(1, episodes.length),
    last_watched_at: latest(entry.last_watched_at, at),
    seasons,
  }
  return existing ? list.map((e) => (e === existing ? updated : e)) : [updated, ...list]
}

/** Drops every play of the item: the movie or show entry, or the season's / episode's plays. */
export function removeAllPlays(old: unknown, item: TitleItem): unknown {
  if (!Array.isArray(old)) return old
  if (item.type === 'movie')
    return asArray<WatchedMovieEntry>(old).filter((e) => e.movie.ids.trakt !== item.ids.trakt)
  if (item.type === 'show')
    return asArray<WatchedShowEntry>(old).filter((e) => e.show.ids.trakt !== item.ids.trakt)
  return asArray<WatchedShowEntry>(old).map((entry) => {
    if (entry.show.ids.trakt !== showIdOf(item)) return entry
    const seasons = (entry.seasons ?? [])
      .map((s) => {
        if (s.number !== item.show?.season) return s
        return item.type === 'season'
          ? { ...s, episodes: [] }
          : { ...s, episodes: s.episodes.filter((e) => e.number !== item.show?.episode) }
      })
      .filter((s) => s.episodes.length > 0)
    return { ...entry, seasons }
  })
}

// Collection

export function isCollectedIn(
  item: TitleItem,
  movies: CollectionMovieEntry[] | undefined,
  shows: CollectionShowEntry[] | undefined,
): boolean {
  if (item.type === 'movie') return Boolean(movies?.some((e) => e.movie.ids.trakt === item.ids.trakt))
  const entry = shows?.find((e) => e.show.ids.trakt === showIdOf(item))
  if (!entry) return false
  if (item.type === 'show') return true
  const season = entry.seasons?.find((s) => s.number === item.show?.season)
  if (!season) return false
  if (item.type === 'season') return true
  return season.episodes.some((e) => e.number === item.show?.episode)
}

export function addCollected(
  old: unknown,
  item: TitleItem,
  metadata: CollectionMetadata,
  episodes: EpisodeRef[],
  at: string,
): unknown {
  if (item.type === 'movie') {
    const list = asArray<CollectionMovieEntry>(old).filter((e) => e.movie.ids.trakt !== item.ids.trakt)
    return [
      { collected_at: at, movie: { title: item.title, year: item.year ?? null, ids: item.ids }, metadata },
      ...list,
    ]
  }
  const showId = showIdOf(item)
  const list = asArray<CollectionShowEntry>(old)
  const existing = list.find((e) => e.show.ids.trakt === showId)
  const showRef =
    item.type === 'show'
      ? { title: item.title, ids: item.ids }
      : { title: item.show?.title ?? null, ids: item.show!.ids }
  const entry: CollectionShowEntry = existing ?? { last_collected_at: at, show: showRef, seasons: [] }
  const seasons = (entry.seasons ?? []).map((s) => ({ ...s, episodes: [...s.episodes] }))
  const refs =
    item.type === 'episode' ? [{ season: item.show!.season, number: item.show!.episode! }] : episodes
  if (item.type === 'season' && !seasons.some((s) => s.number === item.show?.season))
    seasons.push({ number: item.show!.season, episodes: [] })
  for (const ref of refs) {
    let season = seasons.find((s) => s.number === ref.season)
    if (!season) {
      season = { number: ref.season, episodes: [] }
      seasons.push(season)
    }
    if (!season.episodes.some((e) => e.number === ref.number))
      season.episodes.push({ number: ref.number, collected_at: at, metadata })
  }
  const updated = { ...entry, last_collected_at: at, seasons }
  return existing ? list.map((e) => (e === existing ? updated : e)) : [updated, ...list]
}

export function removeCollected(old: unknown, item: TitleItem): unknown {
  if (!Array.isArray(old)) return old
  if (item.type === 'movie')
    return asArray<CollectionMovieEntry>(old).filter((e) => e.movie.ids.trakt !== item.ids.trakt)
  if (item.type === 'show')
    return asArray<CollectionShowEntry>(old).filter((e) => e.show.ids.trakt !== item.ids.trakt)
  return asArray<CollectionShowEntry>(old).map((entry) => {
    if (entry.show.ids.trakt !== showIdOf(item)) return entry
    const seasons = (entry.seasons ?? []).flatMap((s) => {
      if (s.number !== item.show?.season) return [s]
      if (item.type === 'season') return []
      return [{ ...s, episodes: s.episodes.filter((e) => e.number !== item.show?.episode) }]
    })
    return { ...entry, seasons }
  })
}
