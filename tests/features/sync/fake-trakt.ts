import { http, HttpResponse, type JsonBodyType } from 'msw'
import type { setupServer } from 'msw/node'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const API = 'https://api.trakt.tv'

/** A real response body from tests/fixtures. */
export function fixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures', name), 'utf8')) as T
}

export type Received = { method: string; path: string; body: unknown }

type Entry = Record<string, unknown>
type Types = 'movies' | 'shows' | 'seasons' | 'episodes'
const singular: Record<Types, string> = {
  movies: 'movie',
  shows: 'show',
  seasons: 'season',
  episodes: 'episode',
}
const TYPES: Types[] = ['movies', 'shows', 'seasons', 'episodes']

export type FakeState = {
  watchlist: Record<Types, Entry[]>
  ratings: Record<Types, Entry[]>
  watched: { movies: Entry[]; shows: Entry[] }
  collection: { movies: Entry[]; shows: Entry[] }
  history: Record<string, Entry[]>
  seasons: Record<string, unknown[]>
  lists: Entry[]
  listItems: Record<string, Entry[]>
}

export function emptyState(): FakeState {
  return {
    watchlist: { movies: [], shows: [], seasons: [], episodes: [] },
    ratings: { movies: [], shows: [], seasons: [], episodes: [] },
    watched: { movies: [], shows: [] },
    collection: { movies: [], shows: [] },
    history: {},
    seasons: {},
    lists: [],
    listItems: {},
  }
}

const idOf = (entry: Entry, type: string) =>
  (entry[type] as { ids: { trakt: number } } | undefined)?.ids.trakt

/** Adds `{ type, [type]: { ids } }` entries for everything in a sync body (watchlist, ratings, list items). */
function addEntries(target: Record<Types, Entry[]> | Entry[], body: Record<string, Entry[]>) {
  for (const type of TYPES) {
    for (const item of body[type] ?? []) {
      const one = singular[type]
      const { ids, ...rest } = item as { ids: { trakt: number } }
      const list = Array.isArray(target) ? target : target[type]
      const existing = list.findIndex((e) => idOf(e, one) === ids.trakt)
      const entry = {
        type: one,
        listed_at: '2026-11-26T12:00:00.000Z',
        rated_at: '2026-11-26T12:00:00.000Z',
        [one]: { ids },
        ...rest,
      }
      if (existing >= 0) list[existing] = entry
      else list.push(entry)
    }
  }
}

function removeEntries(target: Record<Types, Entry[]> | Entry[], body: Record<string, Entry[]>) {
  for (const type of TYPES) {
    for (const item of body[type] ?? []) {
      const one = singular[type]
      const trakt = (item as { ids: { trakt: number } }).ids.trakt
      if (Array.isArray(target)) {
        const index = target.findIndex((e) => idOf(e, one) === trakt)
        if (index >= 0) target.splice(index, 1)
      } else {
        target[type] = target[type].filter((e) => idOf(e, one) !== trakt)
      }
    }
  }
}

/**
 * A small stateful stand-in for Trakt's user endpoints: GETs read `state`, writes record what Trakt received and
 * (for movies) update `state`, so the refetch after a write agrees with it.
 */
export function fakeTrakt(server: ReturnType<typeof setupServer>, state: FakeState = emptyState()) {
  const received: Received[] = []
  const record = async (request: Request) => {
    const text = await request.clone().text()
    const entry = {
      method: request.method,
      path: new URL(request.url).pathname,
      body: text ? (JSON.parse(text) as unknown) : null,
    }
    received.push(entry)
    return entry.body as Record<string, Entry[]>
  }
  const created = (body: JsonBodyType) => HttpResponse.json(body, { status: 201 })

  server.use(
    http.get(`${API}/sync/watchlist/:type/:sortBy/:sortHow`, ({ params }) =>
      HttpResponse.json(state.watchlist[params.type as Types]),
    ),
    http.get(`${API}/sync/ratings/:type/:rating`, ({ params }) =>
      HttpResponse.json(state.ratings[params.type as Types]),
    ),
    http.get(`${API}/sync/watched/:type`, ({ params }) =>
      HttpResponse.json(state.watched[params.type as 'movies' | 'shows']),
    ),
    http.get(`${API}/sync/collection/:type`, ({ params }) =>
      HttpResponse.json(state.collection[params.type as 'movies' | 'shows']),
    ),
    http.get(`${API}/sync/history/:type/:id`, ({ params }) =>
      HttpResponse.json(state.history[`${String(params.type)}/${String(params.id)}`] ?? []),
    ),
    http.get(`${API}/shows/:id/seasons`, ({ params }) =>
      HttpResponse.json(state.seasons[String(params.id)] ?? []),
    ),
    http.get(`${API}/users/me/lists`, () => HttpResponse.json(state.lists)),
    http.get(`${API}/users/me/lists/:listId/items/:types`, ({ params }) =>
      HttpResponse.json(state.listItems[String(params.listId)] ?? []),
    ),

    http.post(`${API}/sync/watchlist`, async ({ request }) => {
      addEntries(state.watchlist, await record(request))
      return created(fixture('sync_watchlist_add_response__traktkit.json'))
    }),
    http.post(`${API}/sync/watchlist/remove`, async ({ request }) => {
      removeEntries(state.watchlist, await record(request))
      return HttpResponse.json(fixture('sync_watchlist_remove_response__traktkit.json'))
    }),
    http.post(`${API}/sync/ratings`, async ({ request }) => {
      addEntries(state.ratings, await record(request))
      return created(fixture('sync_ratings_add_response__traktkit.json'))
    }),
    http.post(`${API}/sync/ratings/remove`, async ({ request }) => {
      removeEntries(state.ratings, await record(request))
      return HttpResponse.json(fixture('sync_ratings_remove_response__traktkit.json'))
    }),
    http.post(`${API}/sync/history`, async ({ request }) => {
      const body = await record(request)
      for (const movie of body.movies ?? []) {
        const trakt = (movie as { ids: { trakt: number } }).ids.trakt
        const entry = state.watched.movies.find((e) => idOf(e, 'movie') === trakt)
        const at =
          typeof movie.watched_at === 'string' && movie.watched_at !== 'released'
            ? movie.watched_at
            : '2010-12-17T00:00:00.000Z'
        if (entry) Object.assign(entry, { plays: (entry.plays as number) + 1, last_watched_at: at })
        else state.watched.movies.push({ plays: 1, last_watched_at: at, movie: { ids: { trakt } } })
      }
      for (const show of body.shows ?? []) {
        const {
          ids,
          seasons = [],
          watched_at,
        } = show as {
          ids: { trakt: number }
          seasons?: { number: number; episodes: { number: number }[] }[]
          watched_at?: string
        }
        const at = watched_at && watched_at !== 'released' ? watched_at : '2010-01-01T00:00:00.000Z'
        const episodes = seasons.flatMap((season) =>
          season.episodes.map((e) => ({ season: season.number, number: e.number })),
        )
        let entry = state.watched.shows.find((e) => idOf(e, 'show') === ids.trakt) as
          | {
              plays: number
              seasons: {
                number: number
                episodes: { number: number; plays: number; last_watched_at: string }[]
              }[]
            }
          | undefined
        if (!entry) {
          entry = { plays: 0, seasons: [] }
          state.watched.shows.push({ ...entry, show: { ids }, last_watched_at: at } as unknown as Entry)
          entry = state.watched.shows.at(-1) as unknown as typeof entry
        }
        for (const ref of episodes) {
          let season = entry!.seasons.find((s) => s.number === ref.season)
          if (!season) entry!.seasons.push((season = { number: ref.season, episodes: [] }))
          const found = season.episodes.find((e) => e.number === ref.number)
          if (found) found.plays += 1
          else season.episodes.push({ number: ref.number, plays: 1, last_watched_at: at })
          entry!.plays += 1
        }
      }
      return created(fixture('sync_history_add_response__traktkit.json'))
    }),
    http.post(`${API}/sync/history/remove`, async ({ request }) => {
      const body = await record(request)
      for (const movie of body.movies ?? []) {
        const trakt = (movie as { ids: { trakt: number } }).ids.trakt
        state.watched.movies = state.watched.movies.filter((e) => idOf(e, 'movie') !== trakt)
      }
      const ids = (body as unknown as { ids?: number[] }).ids ?? []
      for (const key of Object.keys(state.history))
        state.history[key] = state.history[key]!.filter((e) => !ids.includes(e.id as number))
      return HttpResponse.json(fixture('sync_history_remove_response__traktkit.json'))
    }),
    http.post(`${API}/sync/collection`, async ({ request }) => {
      const body = await record(request)
      for (const movie of body.movies ?? []) {
        const { ids, ...metadata } = movie as { ids: { trakt: number } }
        state.collection.movies.push({ collected_at: '2026-11-26T12:00:00.000Z', movie: { ids }, metadata })
      }
      return created(fixture('sync_collection_add_response__traktkit.json'))
    }),
    http.post(`${API}/sync/collection/remove`, async ({ request }) => {
      const body = await record(request)
      for (const movie of body.movies ?? []) {
        const trakt = (movie as { ids: { trakt: number } }).ids.trakt
        state.collection.movies = state.collection.movies.filter((e) => idOf(e, 'movie') !== trakt)
      }
      return HttpResponse.json(fixture('sync_collection_remove_response__traktkit.json'))
    }),
    http.post(`${API}/users/me/lists/:listId/items`, async ({ request, params }) => {
      const key = String(params.listId)
      state.listItems[key] ??= []
      addEntries(state.listItems[key], await record(request))
      return created(fixture('users_list_items_add_response__traktkit.json'))
    }),
    http.post(`${API}/users/me/lists/:listId/items/remove`, async ({ request, params }) => {
      removeEntries(state.listItems[String(params.listId)] ?? [], await record(request))
      return HttpResponse.json(fixture('users_list_items_remove_response__traktkit.json'))
    }),
    http.post(`${API}/checkin`, async ({ request }) => {
      await record(request)
      return created(fixture('checkin_movie_response__traktkit.json'))
    }),
    http.delete(`${API}/checkin`, async ({ request }) => {
      await record(request)
      return new HttpResponse(null, { status: 204 })
    }),
    http.delete(`${API}/recommendations/:type/:id`, async ({ request }) => {
      await record(request)
      return new HttpResponse(null, { status: 204 })
    }),
    http.post(`${API}/users/hidden/:section`, async ({ request }) => {
      await record(request)
      return created(fixture('users_hidden_add_response__traktkit.json'))
    }),
  )
  return { state, received, writes: () => received }
}

/** Makes one endpoint answer with an error status and Trakt-style body, recording the body it got. */
export function failWith(
  server: ReturnType<typeof setupServer>,
  method: 'post' | 'delete',
  path: string,
  status: number,
  received: Received[] = [],
) {
  server.use(
    http[method](`${API}${path}`, async ({ request }) => {
      const text = await request.clone().text()
      received.push({
        method: request.method,
        path: new URL(request.url).pathname,
        body: text ? (JSON.parse(text) as unknown) : null,
      })
      return HttpResponse.json({ error: 'nope' }, { status })
    }),
  )
  return received
}
