import { findEpisode, findSeason, showEpisodes } from '../../db/users/catalog-index'
import type { Ids, ItemRef, SandboxDb } from '../../db/types'

/** A media object as clients send it in add/remove bodies (any ids, optional per-item fields). */
export type InputItem = {
  ids?: Partial<Ids> & Record<string, unknown>
  seasons?: InputSeason[]
  [key: string]: unknown
}
type InputSeason = {
  number?: number
  episodes?: { number?: number; [key: string]: unknown }[]
  [key: string]: unknown
}

export type BodyKey = 'movies' | 'shows' | 'seasons' | 'episodes' | 'people'
export const BODY_KEYS: BodyKey[] = ['movies', 'shows', 'seasons', 'episodes', 'people']
export const KEY_OF: Record<ItemRef['type'], BodyKey | 'lists'> = {
  movie: 'movies',
  show: 'shows',
  season: 'seasons',
  episode: 'episodes',
  person: 'people',
  list: 'lists',
}

type Record_ = { ids: Partial<Ids> }
const indexes = new WeakMap<object, Map<string, number>>()

/** Finds a record by trakt id first, then imdb, tmdb, tvdb and slug (Trakt's matching order). */
function lookup(records: Record<string, Record_>, ids: InputItem['ids']): number | undefined {
  if (!ids) return undefined
  if (ids.trakt !== undefined && records[String(ids.trakt)]) return Number(ids.trakt)
  let index = indexes.get(records)
  if (!index) {
    index = new Map()
    for (const [key, record] of Object.entries(records)) {
      for (const scheme of ['imdb', 'tmdb', 'tvdb', 'slug'] as const) {
        const value = record.ids[scheme]
        if (value !== null && value !== undefined && value !== '')
          index.set(`${scheme}:${value}`, Number(key))
      }
    }
    indexes.set(records, index)
  }
  for (const scheme of ['imdb', 'tmdb', 'tvdb', 'slug'] as const) {
    const value = ids[scheme]
    if (value === null || value === undefined) continue
    const found = index.get(`${scheme}:${value}`)
    if (found !== undefined) return found
  }
  return undefined
}

export const findMovieId = (db: SandboxDb, ids: InputItem['ids']) => lookup(db.movies, ids)
export const findShowId = (db: SandboxDb, ids: InputItem['ids']) => lookup(db.shows, ids)
export const findSeasonId = (db: SandboxDb, ids: InputItem['ids']) => lookup(db.seasons, ids)
export const findEpisodeId = (db: SandboxDb, ids: InputItem['ids']) => lookup(db.episodes, ids)
export const findPersonId = (db: SandboxDb, ids: InputItem['ids']) => lookup(db.people, ids)

/** Resolves a path id (trakt id or slug) of a movie/show/season/episode. */
export function findByPathId(
  db: SandboxDb,
  type: 'movie' | 'show' | 'season' | 'episode',
  id: string,
): number | undefined {
  const ids = /^\d+$/.test(id) ? { trakt: Number(id) } : { slug: id, imdb: id }
  if (type === 'movie') return findMovieId(db, ids)
  if (type === 'show') return findShowId(db, ids)
  if (type === 'season') return findSeasonId(db, ids)
  return findEpisodeId(db, ids)
}

/** One resolved body entry: the item and the fields sent with it (merged from show/season/episode levels). */
export type Resolved = { ref: ItemRef; input: Record<string, unknown>; expanded?: boolean }

export type Resolution = { items: Resolved[]; notFound: Record<BodyKey, unknown[]> }

const emptyNotFound = (): Record<BodyKey, unknown[]> => ({
  movies: [],
  shows: [],
  seasons: [],
  episodes: [],
  people: [],
})

function bodyArray(body: unknown, key: BodyKey): InputItem[] {
  const value = (body as Record<string, unknown> | null)?.[key]
  return Array.isArray(value) ? value.filter((v): v is InputItem => typeof v === 'object' && v !== null) : []
}

/**
 * Items as themselves (watchlist, ratings, lists, hidden): a show with `seasons` means those seasons,
 * a season with `episodes` means those episodes.
 */
export function resolveDirect(db: SandboxDb, body: unknown): Resolution {
  const items: Resolved[] = []
  const notFound = emptyNotFound()
  for (const input of bodyArray(body, 'movies')) {
    const id = findMovieId(db, input.ids)
    if (id === undefined) notFound.movies.push(input)
    else items.push({ ref: { type: 'movie', id }, input })
  }
  for (const input of bodyArray(body, 'shows')) {
    const showId = findShowId(db, input.ids)
    if (showId === undefined) {
      notFound.shows.push(input)
      continue
    }
    if (!Array.isArray(input.seasons) || input.seasons.length === 0) {
      items.push({ ref: { type: 'show', id: showId }, input })
      continue
    }
    const { seasons, ...showFields } = input
    for (const seasonInput of seasons) {
      if (Array.isArray(seasonInput.episodes) && seasonInput.episodes.length > 0) {
        const { episodes, ...seasonFields } = seasonInput
        for (const episodeInput of episodes) {
          const episode = findEpisode(db, showId, Number(seasonInput.number), Number(episodeInput.number))
          if (episode)
            items.push({
              ref: { type: 'episode', id: episode.ids.trakt },
              input: { ...showFields, ...seasonFields, ...episodeInput },
            })
          else notFound.episodes.push(episodeInput)
        }
      } else {
        const season = findSeason(db, showId, Number(seasonInput.number))
        if (season)
          items.push({
            ref: { type: 'season', id: season.ids.trakt },
            input: { ...showFields, ...seasonInput },
          })
        else notFound.seasons.push(seasonInput)
      }
    }
  }
  for (const input of bodyArray(body, 'seasons')) {
    const id = findSeasonId(db, input.ids)
    if (id === undefined) notFound.seasons.push(input)
    else items.push({ ref: { type: 'season', id }, input })
  }
  for (const input of bodyArray(body, 'episodes')) {
    const id = findEpisodeId(db, input.ids)
    if (id === undefined) notFound.episodes.push(input)
    else items.push({ ref: { type: 'episode', id }, input })
  }
  for (const input of bodyArray(body, 'people')) {
    const id = findPersonId(db, input.ids)
    if (id === undefined) notFound.people.push(input)
    else items.push({ ref: { type: 'person', id }, input })
  }
  return { items, notFound }
}

/** Items as plays (history, collection): shows and seasons expand to their episodes. */
export function resolvePlays(db: SandboxDb, body: unknown): Resolution {
  const direct = resolveDirect(db, body)
  const items: Resolved[] = []
  for (const item of direct.items) {
    if (item.ref.type === 'show') {
      for (const episode of showEpisodes(db, item.ref.id))
        items.push({ ref: { type: 'episode', id: episode.ids.trakt }, input: item.input, expanded: true })
    } else if (item.ref.type === 'season') {
      const season = db.seasons[item.ref.id]!
      for (const episode of showEpisodes(db, season.showId)) {
        if (episode.season === season.number)
          items.push({ ref: { type: 'episode', id: episode.ids.trakt }, input: item.input, expanded: true })
      }
    } else if (item.ref.type === 'movie' || item.ref.type === 'episode') items.push(item)
  }
  return { items, notFound: direct.notFound }
}
