import { arr, bool, knownIds, num, obj, readIds, str, strs, type KnownIds } from '@/lib/media/read'

// The bodies the progress page reads, defensively: the contract types them as loose bags, real bodies carry
// more fields and nulls where the reference promises values, and a show without a Trakt id cannot be matched.

/** A show as the sync lists and hidden items embed it. */
export type ProgressShow = {
  ids: KnownIds
  title: string
  year: number | null
  /** Poster URLs (scheme-less, best first); empty without `extended=images`. */
  poster: string[]
  /** `extended=full` only: aired episodes and minutes per episode. */
  airedEpisodes: number | null
  runtime: number | null
}

/** One row of the watched (or collected) shows: the show and the stamps that say whether its progress moved. */
export type ShowListEntry = {
  show: ProgressShow
  /** last_watched_at (watched) or last_collected_at (collection). */
  lastAt: string | null
  lastUpdatedAt: string | null
  resetAt: string | null
}

export type HiddenShow = { show: ProgressShow; hiddenAt: string | null }

export type ProgressEpisodeRef = {
  season: number
  number: number
  ids: KnownIds | null
  title: string | null
  firstAired: string | null
  runtime: number | null
}

export type ProgressSeasonEpisode = { number: number; completed: boolean; lastAt: string | null }
export type ProgressSeason = { number: number; episodes: ProgressSeasonEpisode[] }

/** `/shows/:id/progress/{watched,collection}` as the page uses it. */
export type ShowProgress = {
  aired: number
  completed: number
  lastAt: string | null
  resetAt: string | null
  seasons: ProgressSeason[]
  nextEpisode: ProgressEpisodeRef | null
  lastEpisode: ProgressEpisodeRef | null
}

function mapShow(value: unknown): ProgressShow | null {
  const show = obj(value)
  const ids = knownIds(readIds(show.ids))
  if (!ids) return null
  return {
    ids,
    title: str(show.title) ?? 'Untitled show',
    year: num(show.year),
    poster: strs(obj(show.images).poster),
    airedEpisodes: num(show.aired_episodes),
    runtime: num(show.runtime),
  }
}

/** A page of `/sync/watched/shows` (or `/sync/collection/shows`), either shape: with or without `seasons`. */
export function mapShowList(body: unknown, kind: 'watched' | 'collection'): ShowListEntry[] {
  return arr(body).flatMap((value) => {
    const row = obj(value)
    const show = mapShow(row.show)
    if (!show) return []
    return [
      {
        show,
        lastAt: str(kind === 'watched' ? row.last_watched_at : row.last_collected_at),
        lastUpdatedAt: str(row.last_updated_at),
        resetAt: kind === 'watched' ? str(row.reset_at) : null,
      },
    ]
  })
}

/** Shows of a hidden-items section (`/users/hidden/:section?type=show`); seasons and movies are left out. */
export function mapHiddenShows(body: unknown): HiddenShow[] {
  return arr(body).flatMap((value) => {
    const row = obj(value)
    if (row.type !== undefined && row.type !== 'show') return []
    const show = mapShow(row.show)
    return show ? [{ show, hiddenAt: str(row.hidden_at) }] : []
  })
}

/** Watchlisted shows (`/sync/watchlist/shows`). */
export function mapWatchlistShows(body: unknown): ProgressShow[] {
  return arr(body).flatMap((value) => {
    const row = obj(value)
    if (row.type !== undefined && row.type !== 'show') return []
    const show = mapShow(row.show)
    return show ? [show] : []
  })
}

function mapEpisode(value: unknown): ProgressEpisodeRef | null {
  if (value === null || value === undefined) return null
  const episode = obj(value)
  const season = num(episode.season)
  const number = num(episode.number)
  if (season === null || number === null) return null
  return {
    season,
    number,
    ids: knownIds(readIds(episode.ids)),
    title: str(episode.title),
    firstAired: str(episode.first_aired),
    runtime: num(episode.runtime),
  }
}

/** A show's watched or collection progress. */
export function mapShowProgress(body: unknown, kind: 'watched' | 'collection'): ShowProgress {
  const row = obj(body)
  const atKey = kind === 'watched' ? 'last_watched_at' : 'collected_at'
  return {
    aired: num(row.aired) ?? 0,
    completed: num(row.completed) ?? 0,
    lastAt: str(kind === 'watched' ? row.last_watched_at : row.last_collected_at),
    resetAt: kind === 'watched' ? str(row.reset_at) : null,
    seasons: arr(row.seasons).flatMap((value) => {
      const season = obj(value)
      const number = num(season.number)
      if (number === null) return []
      const episodes = arr(season.episodes).flatMap((e) => {
        const episode = obj(e)
        const n = num(episode.number)
        return n === null
          ? []
          : [{ number: n, completed: bool(episode.completed), lastAt: str(episode[atKey]) }]
      })
      return [{ number, episodes }]
    }),
    nextEpisode: mapEpisode(row.next_episode),
    lastEpisode: mapEpisode(row.last_episode),
  }
}
