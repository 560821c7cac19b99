import { DEMO_USER } from '@/sandbox/db/types'
import { FREE_LIMITS } from '@/sandbox/handlers/user/limits'
import { startSandbox } from './harness'

const { api, db, advance } = startSandbox()

describe('sync reads', () => {
  it('needs OAuth', async () => {
    expect((await api('/sync/history', { token: null })).status).toBe(401)
  })

  it('pages through 1,000+ history plays, newest first', async () => {
    const first = await api('/sync/history?limit=50')
    expect(first.status).toBe(200)
    expect(Number(first.headers.get('X-Pagination-Item-Count'))).toBeGreaterThanOrEqual(1000)
    expect(first.json).toHaveLength(50)
    const dates = first.json.map((row: { watched_at: string }) => row.watched_at)
    expect([...dates].sort().reverse()).toEqual(dates)
    expect(first.json[0]).toMatchObject({
      id: expect.any(Number),
      action: expect.stringMatching(/watch|scrobble|checkin/),
    })
    const movies = await api('/sync/history/movies?limit=5&extended=full')
    expect(
      movies.json.every(
        (row: { type: string; movie: { overview?: string; extra?: unknown } }) =>
          row.type === 'movie' && row.movie.overview && !row.movie.extra,
      ),
    ).toBe(true)
  })

  it('filters history by item and date range', async () => {
    const showId =
      db().episodes[
        String(db().userState[DEMO_USER]!.history.find((h) => h.item.type === 'episode')!.item.id)
      ]!.showId
    const rows = await api(`/sync/history/shows/${showId}?limit=1000`)
    expect(rows.json.length).toBeGreaterThan(0)
    expect(rows.json.every((r: { show: { ids: { trakt: number } } }) => r.show.ids.trakt === showId)).toBe(
      true,
    )
    const recent = await api('/sync/history?start_at=2026-11-01T00:00:00.000Z&limit=1000')
    expect(recent.json.every((r: { watched_at: string }) => r.watched_at >= '2026-11-01')).toBe(true)
  })

  it('answers watched movies and shows with plays, reset_at and seasons (or not, with noseasons)', async () => {
    const movies = await api('/sync/watched/movies')
    expect(movies.json[0]).toMatchObject({
      plays: expect.any(Number),
      last_watched_at: expect.any(String),
      movie: { ids: expect.any(Object) },
    })
    const shows = await api('/sync/watched/shows')
    expect(shows.json.some((s: { reset_at: string | null }) => s.reset_at !== null)).toBe(true)
    expect(shows.json[0].seasons[0].episodes[0]).toMatchObject({
      number: expect.any(Number),
      plays: expect.any(Number),
    })
    const lean = await api('/sync/watched/shows?extended=noseasons')
    expect(lean.json[0].seasons).toBeUndefined()
  })

  it('answers the collection with metadata only when asked', async () => {
    const plain = await api('/sync/collection/movies')
    expect(plain.json[0].metadata).toBeUndefined()
    const meta = await api('/sync/collection/shows?extended=metadata')
    expect(meta.json[0].seasons[0].episodes[0].metadata).toHaveProperty('resolution')
  })

  it('filters ratings by type and rating', async () => {
    const tens = await api('/sync/ratings/movies/9,10')
    expect(tens.json.length).toBeGreaterThan(0)
    expect(
      tens.json.every((r: { rating: number; type: string }) => r.rating >= 9 && r.type === 'movie'),
    ).toBe(true)
    const seasons = await api('/sync/ratings/seasons')
    expect(seasons.json[0]).toMatchObject({
      type: 'season',
      season: { number: expect.any(Number) },
      show: { title: expect.any(String) },
    })
  })

  it('sorts the watchlist and says so in headers', async () => {
    const byRank = await api('/sync/watchlist')
    expect(byRank.headers.get('X-Sort-By')).toBe('rank')
    expect(byRank.headers.get('X-Applied-Sort-By')).toBe('rank')
    expect(byRank.json.map((r: { rank: number }) => r.rank)).toEqual(
      byRank.json.map((_: unknown, i: number) => i + 1),
    )
    const byTitle = await api('/sync/watchlist/movies/title/desc')
    expect(byTitle.headers.get('X-Applied-Sort-By')).toBe('title')
    expect(byTitle.headers.get('X-Applied-Sort-How')).toBe('desc')
    expect(byTitle.headers.get('X-Sort-How')).toBe('asc')
    const titles = byTitle.json.map((r: { movie: { title: string } }) => r.movie.title.toLowerCase())
    expect([...titles].sort().reverse()).toEqual(titles)
  })
})

describe('sync writes', () => {
  it('adds to history, answers counts and not_found, and removes the item from the watchlist', async () => {
    const state = db().userState[DEMO_USER]!
    const listed = state.watchlist.find((w) => w.item.type === 'movie')!
    const movie = db().movies[String(listed.item.id)]!
    const before = (await api('/sync/last_activities')).json
    advance(60_000)
    const added = await api('/sync/history', {
      method: 'POST',
      body: {
        movies: [{ ids: { imdb: movie.ids.imdb }, watched_at: 'released' }, { ids: { imdb: 'tt0000111' } }],
      },
    })
    expect(added.status).toBe(201)
    expect(added.json).toEqual({
      added: { movies: 1, episodes: 0 },
      not_found: {
        movies: [{ ids: { imdb: 'tt0000111' } }],
        shows: [],
        seasons: [],
        episodes: [],
        people: [],
      },
    })
    const watchlist = await api('/sync/watchlist/movies')
    expect(
      watchlist.json.some(
        (r: { movie: { ids: { trakt: number } } }) => r.movie.ids.trakt === movie.ids.trakt,
      ),
    ).toBe(false)
    const after = (await api('/sync/last_activities')).json
    expect(after.movies.watched_at > before.movies.watched_at).toBe(true)
    expect(after.watchlist.updated_at > before.watchlist.updated_at).toBe(true)
    const history = await api(`/sync/history/movies/${movie.ids.trakt}`)
    expect(history.json[0].watched_at).toBe(new Date(movie.released!).toISOString())
  })

  it('expands a show with seasons to its aired episodes and removes by history id', async () => {
    const show = Object.values(db().shows).find((s) => s.status === 'returning series')!
    const added = await api('/sync/history', {
      method: 'POST',
      body: { shows: [{ ids: { slug: show.ids.slug }, seasons: [{ number: 1 }] }] },
    })
    const season = Object.values(db().seasons).find((s) => s.showId === show.ids.trakt && s.number === 1)!
    // Only aired episodes are marked: the returning show's current season is still airing.
    expect(season.aired_episodes).toBeLessThan(season.episode_count)
    expect(added.json.added.episodes).toBe(season.aired_episodes)
    const rows = await api(`/sync/history/shows/${show.ids.trakt}?limit=3`)
    const removed = await api('/sync/history/remove', {
      method: 'POST',
      body: { ids: [rows.json[0].id, 42] },
    })
    expect(removed.json.deleted).toEqual({ movies: 0, episodes: 1 })
    expect(removed.json.not_found.ids).toEqual([42])
  })

  it('adds, reports existing, removes and caps the watchlist at the free limit (420)', async () => {
    const state = db().userState[DEMO_USER]!
    const free = Object.values(db().movies).filter(
      (m) => !state.watchlist.some((w) => w.item.type === 'movie' && w.item.id === m.ids.trakt),
    )
    const first = await api('/sync/watchlist', {
      method: 'POST',
      body: { movies: [{ ids: { trakt: free[0]!.ids.trakt } }, { ids: { slug: 'nope' } }] },
    })
    expect(first.status).toBe(201)
    expect(first.json.added).toEqual({ movies: 1, shows: 0, seasons: 0, episodes: 0 })
    expect(first.json.not_found.movies).toEqual([{ ids: { slug: 'nope' } }])
    const again = await api('/sync/watchlist', {
      method: 'POST',
      body: { movies: [{ ids: { trakt: free[0]!.ids.trakt } }] },
    })
    expect(again.json.existing.movies).toBe(1)
    const tooMany = free.slice(1, FREE_LIMITS.watchlist).map((m) => ({ ids: { trakt: m.ids.trakt } }))
    const capped = await api('/sync/watchlist', { method: 'POST', body: { movies: tooMany } })
    expect(capped.status).toBe(420)
    const removed = await api('/sync/watchlist/remove', {
      method: 'POST',
      body: { movies: [{ ids: { trakt: free[0]!.ids.trakt } }] },
    })
    expect(removed.json.deleted.movies).toBe(1)
  })

  it('reorders the watchlist and saves item notes', async () => {
    const rows = (await api('/sync/watchlist')).json
    const ids = rows.map((r: { id: number }) => r.id).reverse()
    const reordered = await api('/sync/watchlist/reorder', { method: 'POST', body: { rank: [...ids, 999] } })
    expect(reordered.json.skipped_ids).toEqual([999])
    expect((await api('/sync/watchlist')).json[0].id).toBe(ids[0])
    expect(
      (await api(`/sync/watchlist/${ids[0]}`, { method: 'PUT', body: { notes: 'Saturday night' } })).status,
    ).toBe(204)
    expect((await api('/sync/watchlist')).json[0].notes).toBe('Saturday night')
  })

  it('rates and unrates, collects with metadata', async () => {
    const movie = Object.values(db().movies)[10]!
    const rated = await api('/sync/ratings', {
      method: 'POST',
      body: {
        movies: [
          { ids: { trakt: movie.ids.trakt }, rating: 10 },
          { ids: { trakt: 1 }, rating: 11 },
        ],
      },
    })
    expect(rated.json.added.movies).toBe(1)
    expect(rated.json.not_found.movies).toEqual([{ ids: { trakt: 1 }, rating: 11 }])
    const unrated = await api('/sync/ratings/remove', {
      method: 'POST',
      body: { movies: [{ ids: { trakt: movie.ids.trakt } }] },
    })
    expect(unrated.json.deleted.movies).toBe(1)
    const collected = await api('/sync/collection', {
      method: 'POST',
      body: { movies: [{ ids: { trakt: 3 }, media_type: 'bluray', resolution: 'uhd_4k', hdr: 'hdr10' }] },
    })
    expect(collected.status).toBe(201)
    expect(collected.json.added.movies + collected.json.updated.movies).toBe(1)
    const rows = (await api('/sync/collection/movies?extended=metadata')).json
    expect(
      rows.find((r: { movie: { ids: { trakt: number } } }) => r.movie.ids.trakt === 3).metadata,
    ).toMatchObject({ resolution: 'uhd_4k', hdr: 'hdr10' })
  })

  it('lists and deletes playback entries', async () => {
    const rows = (await api('/sync/playback')).json
    expect(rows.length).toBeGreaterThan(0)
    expect((await api(`/sync/playback/${rows[0].id}`, { method: 'DELETE' })).status).toBe(204)
    expect((await api(`/sync/playback/${rows[0].id}`, { method: 'DELETE' })).status).toBe(404)
  })
})

describe('watchlist auto-removal for shows', () => {
  it('takes a show (and its season) off the watchlist once the user watches one of its episodes', async () => {
    const state = db().userState[DEMO_USER]!
    const listed = state.watchlist.find((w) => w.item.type === 'show')!
    const episode = Object.values(db().episodes).find(
      (e) => e.showId === listed.item.id && e.season === 1 && e.number === 1,
    )!
    await api('/sync/history', {
      method: 'POST',
      body: { episodes: [{ ids: { trakt: episode.ids.trakt } }] },
    })
    const shows = await api('/sync/watchlist/shows')
    expect(
      shows.json.some((r: { show: { ids: { trakt: number } } }) => r.show.ids.trakt === listed.item.id),
    ).toBe(false)
  })
})
