import type { KnownIds } from '@/lib/media/read'
import type { paths } from '@/lib/trakt/schema'

export type SyncItemType = 'movie' | 'show' | 'season' | 'episode'
/** The plural Trakt uses for each type in paths and bodies. */
export type SyncListType = 'movies' | 'shows' | 'seasons' | 'episodes'

/** The show a season or episode belongs to, and where in it the item sits. */
export type ShowContext = { ids: KnownIds; title?: string | null; season: number }

/** A title the signed-in user can act on, as the title pages know it; `ids` are the item's own. */
export type TitleItem =
  | { type: 'movie'; ids: KnownIds; title: string; year?: number | null; released?: string | null }
  | { type: 'show'; ids: KnownIds; title: string; year?: number | null; first_aired?: string | null }
  | { type: 'season'; ids: KnownIds; title: string; first_aired?: string | null; show: ShowContext }
  | {
      type: 'episode'
      ids: KnownIds
      title: string
      first_aired?: string | null
      show: ShowContext & { episode: number }
    }

export const pluralOf: Record<SyncItemType, SyncListType> = {
  movie: 'movies',
  show: 'shows',
  season: 'seasons',
  episode: 'episodes',
}

/** The lists that hold plays and collected items: movies, or shows (with their seasons and episodes). */
export type WatchedType = 'movies' | 'shows'

export const watchedTypeOf = (item: Pick<TitleItem, 'type'>): WatchedType =>
  item.type === 'movie' ? 'movies' : 'shows'

/** The show's Trakt id for shows, seasons and episodes; null for movies. */
export function showIdOf(item: TitleItem): number | null {
  if (item.type === 'movie') return null
  return item.type === 'show' ? item.ids.trakt : item.show.ids.trakt
}

/** The JSON body the contract declares for one endpoint and method. */
export type RequestBody<P extends keyof paths, M extends 'post' | 'delete'> =
  NonNullable<paths[P][M]> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never

type Entry<E> = { ids: { trakt: number } } & E

/** One item of a sync write body, under the key for its type. */
export type SyncBody<E = object> =
  { movies: Entry<E>[] } | { shows: Entry<E>[] } | { seasons: Entry<E>[] } | { episodes: Entry<E>[] }

/** `{ movies: [{ ids: { trakt: 1 }, ...extra }] }` for one item: the exact body shape of Trakt's sync writes. */
export function syncBody<E extends object>(item: Pick<TitleItem, 'type' | 'ids'>, extra: E): SyncBody<E> {
  const entry: Entry<E> = { ...extra, ids: { trakt: item.ids.trakt } }
  switch (item.type) {
    case 'movie':
      return { movies: [entry] }
    case 'show':
      return { shows: [entry] }
    case 'season':
      return { seasons: [entry] }
    case 'episode':
      return { episodes: [entry] }
  }
}

/** An episode to mark or unmark, by its place in the show. */
export type EpisodeRef = { season: number; number: number }
