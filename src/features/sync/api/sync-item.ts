/** Trakt's ids of one thing; only `trakt` is sent in write bodies. */
export type TraktIds = {
  trakt: number
  slug?: string | null
  imdb?: string | null
  tmdb?: number | null
  tvdb?: number | null
}

export type SyncItemType = 'movie' | 'show' | 'season' | 'episode'
/** The plural Trakt uses for each type in paths and bodies. */
export type SyncListType = 'movies' | 'shows' | 'seasons' | 'episodes'

/** A title the signed-in user can act on, as the title pages know it. */
export type TitleItem = {
  type: SyncItemType
  /** Ids of the item itself (the season's or the episode's own ids for those types). */
  ids: TraktIds
  title: string
  year?: number | null
  /** For seasons and episodes: the show, the season number and (episodes) the episode number. */
  show?: { ids: TraktIds; title?: string; season: number; episode?: number }
  /** Movie release date (YYYY-MM-DD). */
  released?: string | null
  /** Show or episode first air date (ISO). */
  first_aired?: string | null
}

export const pluralOf: Record<SyncItemType, SyncListType> = {
  movie: 'movies',
  show: 'shows',
  season: 'seasons',
  episode: 'episodes',
}

/** One entry of a write body: `{ ids: { trakt } }` plus per-item fields such as watched_at or rating. */
export type SyncBodyEntry = { ids: { trakt: number } } & Record<string, unknown>
export type SyncBody = Partial<Record<SyncListType, SyncBodyEntry[]>>

/** `{ movies: [{ ids: { trakt: 1 }, ...extra }] }` for one item: the exact body shape of Trakt's sync writes. */
export function syncBody(
  item: Pick<TitleItem, 'type' | 'ids'>,
  extra: Record<string, unknown> = {},
): SyncBody {
  return { [pluralOf[item.type]]: [{ ids: { trakt: item.ids.trakt }, ...extra }] }
}

/** An episode to mark or unmark, by its place in the show. */
export type EpisodeRef = { season: number; number: number }
