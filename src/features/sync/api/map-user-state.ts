import { arr, knownIds, num, obj, readIds, str, type Json, type KnownIds } from '@/lib/media/read'
import type { SyncItemType } from './sync-item'

// The signed-in user's record as Trakt sends it (watchlist, ratings, watched, collection, history, lists), read
// defensively: the contract types these bodies as loose bags, and an entry without a Trakt id cannot be matched to
// a title, so it is dropped.

/** A movie, show, season or episode as the sync endpoints embed it. */
export type MediaRef = {
  ids: KnownIds
  title: string | null
  year: number | null
  season?: number
  number?: number
}

type Embeds = { movie?: MediaRef; show?: MediaRef; season?: MediaRef; episode?: MediaRef }

export type WatchlistEntry = Embeds & { type: SyncItemType; listed_at: string }
export type RatingEntry = Embeds & { type: SyncItemType; rated_at: string; rating: number }
export type ListItemEntry = Embeds & { type: SyncItemType; listed_at: string }
export type HistoryEntry = Embeds & { id: number; watched_at: string; action: string; type: SyncItemType }

export type WatchedEpisode = { number: number; plays: number; last_watched_at: string | null }
export type WatchedSeason = { number: number; episodes: WatchedEpisode[] }
export type WatchedMovieEntry = { plays: number; last_watched_at: string | null; movie: MediaRef }
export type WatchedShowEntry = {
  plays: number
  last_watched_at: string | null
  show: MediaRef
  seasons: WatchedSeason[]
}

/** Media metadata a collection entry may carry (the reference's spelling). */
export type CollectionMetadata = {
  media_type?: string
  resolution?: string
  hdr?: string
  audio?: string
  audio_channels?: string
  '3d'?: boolean
}
export type CollectedEpisode = { number: number; collected_at: string; metadata?: CollectionMetadata }
export type CollectedSeason = { number: number; episodes: CollectedEpisode[] }
export type CollectionMovieEntry = { collected_at: string; movie: MediaRef; metadata?: CollectionMetadata }
export type CollectionShowEntry = { last_collected_at: string; show: MediaRef; seasons: CollectedSeason[] }

/** An episode of a show's season list (for "watched up to"). */
export type SeasonEpisode = {
  season: number
  number: number
  title: string | null
  ids: KnownIds
  first_aired: string | null
}
export type SeasonWithEpisodes = { number: number; title: string | null; episodes: SeasonEpisode[] }

export type UserList = { name: string; ids: KnownIds; item_count: number; privacy: string | null }

const TYPES: readonly SyncItemType[] = ['movie', 'show', 'season', 'episode']
const itemType = (value: unknown): SyncItemType | null => TYPES.find((t) => t === value) ?? null

const rows = (body: unknown): Json[] => arr(body).map(obj)

function mediaRef(value: unknown): MediaRef | null {
  const media = obj(value)
  const ids = knownIds(readIds(media.ids))
  if (!ids) return null
  const ref: MediaRef = { ids, title: str(media.title), year: num(media.year) }
  const season = num(media.season)
  const number = num(media.number)
  if (season !== null) ref.season = season
  if (number !== null) ref.number = number
  return ref
}

/** The entry's type and its embedded item (plus the show of a season or episode), or null without an id. */
function embedded(row: Json, fallback?: SyncItemType): ({ type: SyncItemType } & Embeds) | null {
  const type = itemType(row.type) ?? fallback ?? TYPES.find((t) => row[t] !== undefined) ?? null
  if (!type) return null
  const self = mediaRef(row[type])
  if (!self) return null
  const show = type === 'season' || type === 'episode' ? mediaRef(row.show) : null
  return { type, [type]: self, ...(show ? { show } : {}) }
}

const date = (value: unknown, fallback = ''): string => str(value) ?? fallback

export function mapWatchlist(body: unknown): WatchlistEntry[] {
  return rows(body).flatMap((row) => {
    const entry = embedded(row)
    return entry ? [{ ...entry, listed_at: date(row.listed_at) }] : []
  })
}

export function mapRatings(body: unknown): RatingEntry[] {
  return rows(body).flatMap((row) => {
    const entry = embedded(row)
    const rating = num(row.rating)
    return entry && rating !== null ? [{ ...entry, rated_at: date(row.rated_at), rating }] : []
  })
}

/** A list's items; people on a list are left out (title actions are about movies, shows, seasons and episodes). */
export function mapListItems(body: unknown): ListItemEntry[] {
  return rows(body).flatMap((row) => {
    const entry = embedded(row)
    return entry ? [{ ...entry, listed_at: date(row.listed_at) }] : []
  })
}

export function mapHistory(body: unknown): HistoryEntry[] {
  return rows(body).flatMap((row) => {
    const entry = embedded(row)
    const id = num(row.id)
    if (!entry || id === null) return []
    return [{ ...entry, id, watched_at: date(row.watched_at), action: str(row.action) ?? 'watch' }]
  })
}

function watchedSeasons(value: unknown): WatchedSeason[] {
  return rows(value).flatMap((season) => {
    const number = num(season.number)
    if (number === null) return []
    const episodes = rows(season.episodes).flatMap((episode) => {
      const n = num(episode.number)
      if (n === null) return []
      return [{ number: n, plays: num(episode.plays) ?? 0, last_watched_at: str(episode.last_watched_at) }]
    })
    return [{ number, episodes }]
  })
}

export function mapWatchedMovies(body: unknown): WatchedMovieEntry[] {
  return rows(body).flatMap((row) => {
    const movie = mediaRef(row.movie)
    if (!movie) return []
    return [{ plays: num(row.plays) ?? 0, last_watched_at: str(row.last_watched_at), movie }]
  })
}

export function mapWatchedShows(body: unknown): WatchedShowEntry[] {
  return rows(body).flatMap((row) => {
    const show = mediaRef(row.show)
    if (!show) return []
    return [
      {
        plays: num(row.plays) ?? 0,
        last_watched_at: str(row.last_watched_at),
        show,
        seasons: watchedSeasons(row.seasons),
      },
    ]
  })
}

function metadataOf(value: unknown): CollectionMetadata | undefined {
  if (value === undefined || value === null) return undefined
  const m = obj(value)
  const metadata: CollectionMetadata = {}
  for (const key of ['media_type', 'resolution', 'hdr', 'audio', 'audio_channels'] as const) {
    const text = str(m[key])
    if (text) metadata[key] = text
  }
  if (m['3d'] === true) metadata['3d'] = true
  return metadata
}

export function mapCollectionMovies(body: unknown): CollectionMovieEntry[] {
  return rows(body).flatMap((row) => {
    const movie = mediaRef(row.movie)
    if (!movie) return []
    const metadata = metadataOf(row.metadata)
    return [{ collected_at: date(row.collected_at), movie, ...(metadata ? { metadata } : {}) }]
  })
}

export function mapCollectionShows(body: unknown): CollectionShowEntry[] {
  return rows(body).flatMap((row) => {
    const show = mediaRef(row.show)
    if (!show) return []
    const seasons = rows(row.seasons).flatMap((season) => {
      const number = num(season.number)
      if (number === null) return []
      const episodes = rows(season.episodes).flatMap((episode) => {
        const n = num(episode.number)
        if (n === null) return []
        const metadata = metadataOf(episode.metadata)
        return [{ number: n, collected_at: date(episode.collected_at), ...(metadata ? { metadata } : {}) }]
      })
      return [{ number, episodes }]
    })
    return [{ last_collected_at: date(row.last_collected_at), show, seasons }]
  })
}

/** `/shows/{id}/seasons?extended=episodes`: each season's episodes with their air dates. */
export function mapSeasonsWithEpisodes(body: unknown): SeasonWithEpisodes[] {
  return rows(body).flatMap((season) => {
    const number = num(season.number)
    if (number === null) return []
    const episodes = rows(season.episodes).flatMap((episode) => {
      const ids = knownIds(readIds(episode.ids))
      const n = num(episode.number)
      if (!ids || n === null) return []
      return [
        {
          season: num(episode.season) ?? number,
          number: n,
          title: str(episode.title),
          ids,
          first_aired: str(episode.first_aired),
        },
      ]
    })
    return [{ number, title: str(season.title), episodes }]
  })
}

export function mapUserLists(body: unknown): UserList[] {
  return rows(body).flatMap((row) => {
    const ids = knownIds(readIds(row.ids))
    const name = str(row.name)
    if (!ids || !name) return []
    return [{ name, ids, item_count: num(row.item_count) ?? 0, privacy: str(row.privacy) }]
  })
}
