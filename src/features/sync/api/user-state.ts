import type {
  CollectionMetadata,
  CollectionMovieEntry,
  CollectionShowEntry,
  ListItemEntry,
  MediaRef,
  RatingEntry,
  WatchedMovieEntry,
  WatchedShowEntry,
  WatchlistEntry,
} from './map-user-state'
import { showIdOf, type EpisodeRef, type TitleItem } from './sync-item'

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

const refOf = (
  item: { ids: MediaRef['ids']; title?: string | null },
  year: number | null = null,
): MediaRef => ({
  ids: item.ids,
  title: item.title ?? null,
  year,
})

/** The item (and for seasons and episodes its show) the way the sync endpoints embed it. */
function embedFor(item: TitleItem): {
  type: TitleItem['type']
  movie?: MediaRef
  show?: MediaRef
  season?: MediaRef
  episode?: MediaRef
} {
  switch (item.type) {
    case 'movie':
      return { type: 'movie', movie: refOf(item, item.year ?? null) }
    case 'show':
      return { type: 'show', show: refOf(item, item.year ?? null) }
    case 'season':
      return { type: 'season', show: refOf(item.show), season: { ...refOf(item), number: item.show.season } }
    case 'episode':
      return {
        type: 'episode',
        show: refOf(item.show),
        episode: { ...refOf(item), season: item.show.season, number: item.show.episode },
      }
  }
}

// Watchlist and list items

export function addWatchlistEntry(old: WatchlistEntry[], item: TitleItem, now: string): WatchlistEntry[] {
  if (old.some((entry) => isEntryFor(entry, item))) return old
  return [...old, { listed_at: now, ...embedFor(item) }]
}

export function addListItem(old: ListItemEntry[], item: TitleItem, now: string): ListItemEntry[] {
  if (old.some((entry) => isEntryFor(entry, item))) return old
  return [...old, { listed_at: now, ...embedFor(item) }]
}

/** Drops the item's entry from a watchlist, ratings or list-items cache. */
export function removeEntry<T extends Embedded>(old: T[], item: TitleItem): T[] {
  return old.filter((entry) => !isEntryFor(entry, item))
}

// Ratings

export function setRatingEntry(
  old: RatingEntry[],
  item: TitleItem,
  rating: number,
  now: string,
): RatingEntry[] {
  return [{ rated_at: now, rating, ...embedFor(item) }, ...removeEntry(old, item)]
}

// Watched

export type WatchedState = { plays: number; episodes: number; lastWatchedAt: string | null }

const latest = (a: string | null, b: string | null) => (!a ? b : !b ? a : a > b ? a : b)

/** Plays of a movie. */
export function watchedMovieStateOf(item: TitleItem, movies: WatchedMovieEntry[]): WatchedState {
  const entry = movies.find((e) => e.movie.ids.trakt === item.ids.trakt)
  return entry
    ? { plays: entry.plays, episodes: 0, lastWatchedAt: entry.last_watched_at }
    : { plays: 0, episodes: 0, lastWatchedAt: null }
}

/** Plays of a show, season or episode, from the watched-shows list. */
export function watchedShowStateOf(item: TitleItem, shows: WatchedShowEntry[]): WatchedState {
  const none: WatchedState = { plays: 0, episodes: 0, lastWatchedAt: null }
  if (item.type === 'movie') return none
  const entry = shows.find((e) => e.show.ids.trakt === showIdOf(item))
  if (!entry) return none
  const seasons = entry.seasons.filter((s) => item.type === 'show' || s.number === item.show.season)
  const episodes = seasons.flatMap((s) =>
    s.episodes.filter((e) => item.type !== 'episode' || e.number === item.show.episode),
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
  const episode = entry?.seasons.find((s) => s.number === season)?.episodes.find((e) => e.number === number)
  return Boolean(episode && episode.plays > 0)
}

export function addMoviePlay(old: WatchedMovieEntry[], item: TitleItem, at: string): WatchedMovieEntry[] {
  const found = old.find((e) => e.movie.ids.trakt === item.ids.trakt)
  if (!found) {
    const year = item.type === 'movie' ? (item.year ?? null) : null
    return [{ plays: 1, last_watched_at: at, movie: refOf(item, year) }, ...old]
  }
  return old.map((e) =>
    e === found ? { ...e, plays: e.plays + 1, last_watched_at: latest(e.last_watched_at, at) } : e,
  )
}

/** The show entry an item of a show belongs to, as the watched and collection lists embed it. */
function showRefOf(item: TitleItem): MediaRef | null {
  if (item.type === 'movie') return null
  return item.type === 'show' ? refOf(item, item.year ?? null) : refOf(item.show)
}

/** One more play for each episode (and the show's total), creating the show, season and episode entries as needed. */
export function addEpisodePlays(
  old: WatchedShowEntry[],
  item: TitleItem,
  episodes: EpisodeRef[],
  at: string,
): WatchedShowEntry[] {
  const showRef = showRefOf(item)
  if (!showRef) return old
  const existing = old.find((e) => e.show.ids.trakt === showRef.ids.trakt)
  const entry: WatchedShowEntry = existing ?? { plays: 0, last_watched_at: null, show: showRef, seasons: [] }
  const seasons = entry.seasons.map((s) => ({ ...s, episodes: [...s.episodes] }))
  for (const ref of episodes) {
    let season = seasons.find((s) => s.number === ref.season)
    if (!season) {
      season = { number: ref.season, episodes: [] }
      seasons.push(season)
    }
    const index = season.episodes.findIndex((e) => e.number === ref.number)
    const current = season.episodes[index] ?? { number: ref.number, plays: 0, last_watched_at: null }
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
  return existing ? old.map((e) => (e === existing ? updated : e)) : [updated, ...old]
}

/** Drops every play of a movie. */
export function removeMoviePlays(old: WatchedMovieEntry[], item: TitleItem): WatchedMovieEntry[] {
  return old.filter((e) => e.movie.ids.trakt !== item.ids.trakt)
}

/** Drops every play of a show, or a season's or an episode's plays. */
export function removeShowPlays(old: WatchedShowEntry[], item: TitleItem): WatchedShowEntry[] {
  if (item.type === 'movie') return old
  if (item.type === 'show') return old.filter((e) => e.show.ids.trakt !== item.ids.trakt)
  return old.map((entry) => {
    if (entry.show.ids.trakt !== item.show.ids.trakt) return entry
    const seasons = entry.seasons
      .map((s) => {
        if (s.number !== item.show.season) return s
        return item.type === 'season'
          ? { ...s, episodes: [] }
          : { ...s, episodes: s.episodes.filter((e) => e.number !== item.show.episode) }
      })
      .filter((s) => s.episodes.length > 0)
    return { ...entry, seasons }
  })
}

// Collection

export function isMovieCollectedIn(item: TitleItem, movies: CollectionMovieEntry[]): boolean {
  return movies.some((e) => e.movie.ids.trakt === item.ids.trakt)
}

export function isShowItemCollectedIn(item: TitleItem, shows: CollectionShowEntry[]): boolean {
  if (item.type === 'movie') return false
  const entry = shows.find((e) => e.show.ids.trakt === showIdOf(item))
  if (!entry) return false
  if (item.type === 'show') return true
  const season = entry.seasons.find((s) => s.number === item.show.season)
  if (!season) return false
  if (item.type === 'season') return true
  return season.episodes.some((e) => e.number === item.show.episode)
}

export function addCollectedMovie(
  old: CollectionMovieEntry[],
  item: TitleItem,
  metadata: CollectionMetadata,
  at: string,
): CollectionMovieEntry[] {
  const year = item.type === 'movie' ? (item.year ?? null) : null
  return [{ collected_at: at, movie: refOf(item, year), metadata }, ...removeCollectedMovie(old, item)]
}

export function addCollectedShowItem(
  old: CollectionShowEntry[],
  item: TitleItem,
  metadata: CollectionMetadata,
  episodes: EpisodeRef[],
  at: string,
): CollectionShowEntry[] {
  const showRef = showRefOf(item)
  if (!showRef) return old
  const existing = old.find((e) => e.show.ids.trakt === showRef.ids.trakt)
  const entry: CollectionShowEntry = existing ?? { last_collected_at: at, show: showRef, seasons: [] }
  const seasons = entry.seasons.map((s) => ({ ...s, episodes: [...s.episodes] }))
  const refs = item.type === 'episode' ? [{ season: item.show.season, number: item.show.episode }] : episodes
  if (item.type === 'season' && !seasons.some((s) => s.number === item.show.season))
    seasons.push({ number: item.show.season, episodes: [] })
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
  return existing ? old.map((e) => (e === existing ? updated : e)) : [updated, ...old]
}

export function removeCollectedMovie(old: CollectionMovieEntry[], item: TitleItem): CollectionMovieEntry[] {
  return old.filter((e) => e.movie.ids.trakt !== item.ids.trakt)
}

export function removeCollectedShowItem(old: CollectionShowEntry[], item: TitleItem): CollectionShowEntry[] {
  if (item.type === 'movie') return old
  if (item.type === 'show') return old.filter((e) => e.show.ids.trakt !== item.ids.trakt)
  return old.map((entry) => {
    if (entry.show.ids.trakt !== item.show.ids.trakt) return entry
    const seasons = entry.seasons.flatMap((s) => {
      if (s.number !== item.show.season) return [s]
      if (item.type === 'season') return []
      return [{ ...s, episodes: s.episodes.filter((e) => e.number !== item.show.episode) }]
    })
    return { ...entry, seasons }
  })
}
