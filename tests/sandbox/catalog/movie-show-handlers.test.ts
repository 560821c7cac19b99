import { call, catalogServer } from './catalog-server'

catalogServer()

type Row = Record<string, unknown> & { movie?: Record<string, unknown>; show?: Record<string, unknown> }

describe('movie charts', () => {
  it('paginates trending at 10 by default with Trakt headers', async () => {
    const { status, headers, body } = await call<Row[]>('/movies/trending')
    expect(status).toBe(200)
    expect(body).toHaveLength(10)
    expect(headers.get('X-Pagination-Page')).toBe('1')
    expect(headers.get('X-Pagination-Limit')).toBe('10')
    expect(Number(headers.get('X-Pagination-Item-Count'))).toBeGreaterThan(10)
    const watchers = body.map((r) => r.watchers as number)
    expect([...watchers].sort((a, b) => b - a)).toEqual(watchers)
    expect(Object.keys(body[0]!.movie!).sort()).toEqual(['ids', 'title', 'year'])
  })

  it('honours page and limit', async () => {
    const first = await call<Row[]>('/movies/popular?page=1&limit=5')
    const second = await call<Row[]>('/movies/popular?page=2&limit=5')
    expect(second.headers.get('X-Pagination-Page')).toBe('2')
    expect(second.body).toHaveLength(5)
    expect(second.body[0]).not.toEqual(first.body[0])
  })

  it('narrows results with filters', async () => {
    const all = await call<Row[]>('/movies/popular?limit=1000')
    const filtered = await call<Row[]>(
      '/movies/popular?limit=1000&genres=horror,comedy&years=2000-2030&extended=full',
    )
    expect(filtered.body.length).toBeGreaterThan(0)
    expect(filtered.body.length).toBeLessThan(all.body.length)
    for (const m of filtered.body as unknown as { genres: string[]; year: number }[]) {
      expect(m.genres.some((g) => g === 'horror' || g === 'comedy')).toBe(true)
      expect(m.year).toBeGreaterThanOrEqual(2000)
    }
    const rated = await call<{ rating: number }[]>('/movies/popular?limit=1000&ratings=80-100&extended=full')
    expect(rated.body.every((m) => m.rating >= 8)).toBe(true)
    const certified = await call<{ certification: string }[]>(
      '/movies/popular?limit=1000&certifications=pg-13&extended=full',
    )
    expect(certified.body.length).toBeGreaterThan(0)
    expect(certified.body.every((m) => m.certification === 'PG-13')).toBe(true)
  })

  it('answers the period charts, anticipated, box office and updates', async () => {
    for (const path of [
      '/movies/played/weekly',
      '/movies/watched/monthly',
      '/movies/collected/all',
      '/movies/favorited/weekly',
      '/movies/anticipated',
    ]) {
      const { status, body } = await call<Row[]>(path)
      expect(status, path).toBe(200)
      expect(body.length, path).toBeGreaterThan(0)
    }
    expect((await call('/movies/played/fortnightly')).status).toBe(404)
    const box = await call<Row[]>('/movies/boxoffice')
    expect(box.body).toHaveLength(10)
    expect(box.headers.get('X-Pagination-Page')).toBeNull()
    const updates = await call<Row[]>('/movies/updates/2026-11-01?limit=100')
    expect(updates.body.every((r) => (r.updated_at as string) >= '2026-11-01')).toBe(true)
    const ids = await call<number[]>('/movies/updates/id/2026-11-01?limit=100')
    expect(typeof ids.body[0]).toBe('number')
  })
})

describe('movie summary', () => {
  it('finds a movie by trakt id, slug or IMDB id and 404s otherwise', async () => {
    for (const id of ['190430', 'deadpool-2016', 'tt1431045'])
      expect((await call<Row>(`/movies/${id}`)).body.title).toBe('Deadpool')
    expect((await call('/movies/nope-1999')).status).toBe(404)
  })

  it('adds full fields and images only when asked, and never leaks internals', async () => {
    const minimal = await call<Row>('/movies/190430')
    expect(minimal.body).not.toHaveProperty('overview')
    const full = await call<Row>('/movies/190430?extended=full,images')
    expect(full.body).toMatchObject({
      runtime: expect.any(Number),
      genres: expect.any(Array),
      overview: expect.any(String),
    })
    expect((full.body.images as { poster: string[] }).poster[0]).toMatch(
      /^media\.sandbox-trakt\.invalid\/images\/movies\/000\/190\/430\/posters\/medium\/\w+\.svg$/,
    )
    expect(full.body).not.toHaveProperty('extra')
  })

  it('serves the sub-resources', async () => {
    const releases = await call<{ country: string }[]>('/movies/190430/releases/de')
    expect(releases.body.every((r) => r.country === 'de')).toBe(true)
    const people = await call<{ cast: { character: string }[]; crew: Record<string, unknown[]> }>(
      '/movies/190430/people',
    )
    expect(people.body.cast.some((c) => c.character.includes('Wade'))).toBe(true)
    expect(Object.keys(people.body.crew).length).toBeGreaterThan(0)
    const ratings = await call<{ distribution: Record<string, number> }>('/movies/190430/ratings')
    expect(Object.keys(ratings.body.distribution)).toHaveLength(10)
    expect((await call<Row[]>('/movies/190430/related')).body).toHaveLength(10)
    expect((await call<Row>('/movies/190430/stats')).body).toMatchObject({
      watchers: expect.any(Number),
      comments: expect.any(Number),
    })
    expect((await call<Row[]>('/movies/190430/aliases')).body.length).toBeGreaterThan(0)
    expect((await call<{ language: string }[]>('/movies/190430/translations/en')).body[0]!.language).toBe(
      'en',
    )
    expect((await call('/movies/190430/studios')).status).toBe(200)
    expect((await call('/movies/190430/watching')).status).toBe(200)
    expect((await call('/movies/190430/lists/personal/popular')).status).toBe(200)
  })
})

describe('shows', () => {
  it('filters charts by network and status', async () => {
    const { body } = await call<{ network: string; status: string }[]>(
      '/shows/popular?limit=100&networks=HBO&extended=full',
    )
    expect(body.length).toBeGreaterThan(0)
    expect(body.every((s) => s.network === 'HBO')).toBe(true)
    const ended = await call<{ status: string }[]>('/shows/popular?limit=100&status=ended&extended=full')
    expect(ended.body.every((s) => s.status === 'ended')).toBe(true)
  })

  it('lists seasons with episodes and serves a season and an episode', async () => {
    const seasons = await call<{ number: number; episodes: { title: string }[] }[]>(
      '/shows/game-of-thrones/seasons?extended=full,episodes',
    )
    expect(seasons.body[0]!.number).toBe(0)
    expect(seasons.body[1]!.episodes[0]!.title).toBe('Winter Is Coming')
    const season = await call<{ number: number }[]>('/shows/game-of-thrones/seasons/1')
    expect(season.body.length).toBeGreaterThan(5)
    expect((await call<Row[]>('/shows/game-of-thrones/seasons/99')).body).toEqual([])
    const info = await call<Row>('/shows/game-of-thrones/seasons/1/info?extended=full')
    expect(info.body).toMatchObject({ number: 1, title: 'Season 1' })
    const episode = await call<Row>('/shows/1390/seasons/1/episodes/1?extended=full')
    expect(episode.body).toMatchObject({ title: 'Winter Is Coming', episode_type: 'series_premiere' })
    expect((await call('/shows/1390/seasons/1/episodes/99')).status).toBe(404)
  })

  it('answers season and episode sub-resources', async () => {
    for (const path of [
      'comments/newest',
      'lists/personal/popular',
      'people',
      'ratings',
      'stats',
      'translations/en',
      'watching',
    ]) {
      expect((await call(`/shows/1390/seasons/1/${path}`)).status, path).toBe(200)
      expect((await call(`/shows/1390/seasons/1/episodes/2/${path}`)).status, path).toBe(200)
    }
  })

  it('returns guest stars only with extended=guest_stars', async () => {
    expect((await call<Row>('/shows/game-of-thrones/people')).body).not.toHaveProperty('guest_stars')
    const withGuests = await call<{ guest_stars: unknown[] }>(
      '/shows/game-of-thrones/people?extended=guest_stars',
    )
    expect(withGuests.body.guest_stars.length).toBeGreaterThan(0)
  })

  it('answers next_episode with 204 for ended shows and an upcoming episode for airing ones', async () => {
    expect((await call('/shows/breaking-bad/next_episode')).status).toBe(204)
    expect((await call<Row>('/shows/breaking-bad/last_episode?extended=full')).body.episode_type).toBe(
      'series_finale',
    )
    const trending = await call<Row[]>('/shows/trending?limit=100')
    let upcoming = 0
    for (const row of trending.body) {
      const next = await call<{ first_aired: string } | null>(
        `/shows/${(row.show!.ids as { trakt: number }).trakt}/next_episode?extended=full`,
      )
      if (next.status === 200) {
        expect(new Date(next.body!.first_aired).getTime()).toBeGreaterThan(
          new Date('2026-11-26T12:00:00Z').getTime(),
        )
        upcoming += 1
      }
    }
    expect(upcoming).toBeGreaterThan(0)
  })

  it('serves certifications, aliases and stats', async () => {
    expect((await call<{ country: string }[]>('/shows/1388/certifications')).body[0]!.country).toBe('us')
    expect((await call('/shows/1388/aliases')).status).toBe(200)
    expect((await call<Row>('/shows/1388/stats')).body).toHaveProperty('collected_episodes')
    expect((await call('/shows/does-not-exist')).status).toBe(404)
  })
})
