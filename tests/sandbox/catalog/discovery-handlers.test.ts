import { call, catalogServer } from './catalog-server'

const box = catalogServer()

type Row = Record<string, unknown>

describe('search', () => {
  it('finds titles by text with type and score, exact titles first', async () => {
    const { status, body, headers } = await call<Row[]>('/search/movie,show?query=breaking%20bad')
    expect(status).toBe(200)
    expect(headers.get('X-Pagination-Page')).toBe('1')
    expect(body[0]).toMatchObject({
      type: 'show',
      score: expect.any(Number),
      show: { title: 'Breaking Bad' },
    })
  })

  it('searches people and episodes, restricts to fields, and applies filters', async () => {
    const people = await call<Row[]>('/search/person?query=cranston')
    expect(people.body[0]).toMatchObject({ type: 'person', person: { name: 'Bryan Cranston' } })
    const episodes = await call<{ type: string; show: Row }[]>('/search/episode?query=winter%20is%20coming')
    expect(episodes.body[0]).toMatchObject({
      type: 'episode',
      episode: { title: 'Winter Is Coming' },
      show: { title: 'Game of Thrones' },
    })
    const byTitle = await call<Row[]>('/search/movie?query=normandy&fields=title')
    const byAny = await call<Row[]>('/search/movie?query=normandy')
    expect(byAny.body.length).toBeGreaterThan(byTitle.body.length)
    const filtered = await call<{ movie: { year: number } }[]>(
      '/search/movie?query=the&years=2026&extended=full&limit=100',
    )
    expect(filtered.body.length).toBeGreaterThan(0)
    expect(filtered.body.every((r) => r.movie.year === 2026)).toBe(true)
  })

  it('looks items up by external id', async () => {
    const { body } = await call<Row[]>('/search/imdb/tt0903747')
    expect(body).toEqual([
      expect.objectContaining({ type: 'show', show: expect.objectContaining({ title: 'Breaking Bad' }) }),
    ])
    const trakt = await call<Row[]>('/search/trakt/190430?type=movie')
    expect(trakt.body[0]).toMatchObject({ type: 'movie', movie: { title: 'Deadpool' } })
  })
})

describe('calendars', () => {
  const inWindow = (iso: string, start: string, days: number) => {
    const t = new Date(iso).getTime()
    const from = new Date(`${start}T00:00:00Z`).getTime()
    return t >= from && t < from + days * 86_400_000
  }

  it('lists every episode airing in the window, sorted, in UTC', async () => {
    const { body } = await call<{ first_aired: string; episode: Row; show: Row }[]>(
      '/calendars/all/shows/2026-11-26/7',
    )
    expect(body.length).toBeGreaterThan(3)
    expect(body.every((r) => inWindow(r.first_aired, '2026-11-26', 7))).toBe(true)
    expect(body.map((r) => r.first_aired)).toEqual([...body.map((r) => r.first_aired)].sort())
    const nextWeek = await call<Row[]>('/calendars/all/shows/2026-12-03/7')
    expect(nextWeek.body.length).toBeGreaterThan(3)
  })

  it('narrows to new shows, premieres and finales', async () => {
    const fresh = await call<{ episode: { season: number; number: number } }[]>(
      '/calendars/all/shows/new/2026-11-12/31',
    )
    expect(fresh.body.length).toBeGreaterThan(0)
    expect(fresh.body.every((r) => r.episode.season === 1 && r.episode.number === 1)).toBe(true)
    const premieres = await call<{ episode: { number: number } }[]>(
      '/calendars/all/shows/premieres/2026-11-12/31',
    )
    expect(premieres.body.every((r) => r.episode.number === 1)).toBe(true)
    const finales = await call<{ episode: { episode_type: string } }[]>(
      '/calendars/all/shows/finales/2026-11-12/31?extended=full',
    )
    expect(finales.body.length).toBeGreaterThan(0)
    expect(finales.body.every((r) => r.episode.episode_type.endsWith('finale'))).toBe(true)
  })

  it('lists movie, dvd and streaming releases and rejects more than 31 days', async () => {
    for (const kind of ['movies', 'dvd', 'streaming']) {
      const { body } = await call<{ released: string }[]>(`/calendars/all/${kind}/2026-11-01/31`)
      expect(body.length, kind).toBeGreaterThan(0)
      expect(body.every((r) => r.released >= '2026-11-01' && r.released < '2026-12-02')).toBe(true)
    }
    expect((await call('/calendars/all/movies/2026-11-01/45')).status).toBe(400)
  })

  it('merges movies and episodes in the media calendar, narrowed by type', async () => {
    const both = await call<Row[]>('/calendars/all/media/2026-11-20/14')
    expect(both.body.some((r) => 'movie' in r)).toBe(true)
    expect(both.body.some((r) => 'episode' in r)).toBe(true)
    const movies = await call<Row[]>('/calendars/all/media/2026-11-20/14?type=movie')
    expect(movies.body.length).toBeGreaterThan(0)
    expect(movies.body.every((r) => 'movie' in r)).toBe(true)
  })
})

describe('people', () => {
  it('serves a person and their credits', async () => {
    const person = await call<Row>('/people/bryan-cranston?extended=full')
    expect(person.body).toMatchObject({
      name: 'Bryan Cranston',
      birthday: '1956-03-07',
      known_for_department: 'acting',
    })
    const shows = await call<{ cast: { character: string; show: Row }[] }>('/people/bryan-cranston/shows')
    expect(shows.body.cast.some((c) => c.character === 'Walter White')).toBe(true)
    const movies = await call<{ cast: unknown[]; crew: Row }>('/people/297737/movies')
    expect(movies.body.cast.length).toBeGreaterThan(0)
    expect((await call('/people/297737/lists/personal/popular')).status).toBe(200)
    expect((await call('/people/nobody-at-all')).status).toBe(404)
  })
})

describe('lists', () => {
  it('answers trending and popular lists with their owners', async () => {
    const trending =
      await call<{ like_count: number; list: { user: Row; ids: { trakt: number } } }[]>('/lists/trending')
    expect(trending.body.length).toBeGreaterThan(0)
    expect(trending.body[0]!.list.user).toHaveProperty('username')
    const popular = await call<{ like_count: number }[]>('/lists/popular?limit=50')
    const likes = popular.body.map((r) => r.like_count)
    expect([...likes].sort((a, b) => b - a)).toEqual(likes)
  })

  it('serves a list, its items (all unless paged), likes and comments', async () => {
    const popular =
      await call<{ list: { ids: { trakt: number; slug: string }; item_count: number } }[]>('/lists/popular')
    const { ids, item_count } = popular.body[0]!.list
    expect((await call<Row>(`/lists/${ids.trakt}`)).body).toMatchObject({ ids })
    const items = await call<{ rank: number; type: string }[]>(
      `/lists/${ids.trakt}/items/movie,show,episode,season`,
    )
    expect(items.body.length).toBeGreaterThan(0)
    expect(items.body.length).toBeLessThanOrEqual(item_count)
    expect(items.headers.get('X-Pagination-Page')).toBeNull()
    const movies = await call<{ type: string }[]>(`/lists/${ids.trakt}/items/movie`)
    expect(movies.body.every((i) => i.type === 'movie')).toBe(true)
    const paged = await call<Row[]>(`/lists/${ids.trakt}/items/movie,show?page=1&limit=2`)
    expect(paged.body).toHaveLength(2)
    expect((await call(`/lists/${ids.trakt}/likes`)).status).toBe(200)
    expect((await call(`/lists/${ids.trakt}/comments/newest`)).status).toBe(200)
    expect((await call('/lists/0')).status).toBe(404)
  })
})

describe('reference data', () => {
  it('serves genres, countries, languages, certifications and networks', async () => {
    expect((await call<Row[]>('/genres/shows')).body).toEqual(
      expect.arrayContaining([{ name: 'Drama', slug: 'drama' }]),
    )
    expect((await call<Row[]>('/countries/movies')).body).toEqual(
      expect.arrayContaining([{ name: 'Germany', code: 'de' }]),
    )
    expect((await call<Row[]>('/languages/movies')).body.length).toBeGreaterThan(50)
    expect((await call<{ us: Row[] }>('/certifications/movies')).body.us).toEqual(
      expect.arrayContaining([expect.objectContaining({ slug: 'pg-13' })]),
    )
    expect((await call<Row[]>('/networks')).body.length).toBeGreaterThanOrEqual(20)
  })
})

describe('images', () => {
  it('draws an SVG poster, headshot and screenshot for the URLs the records carry', async () => {
    const movie = await call<{ images: { poster: string[]; fanart: string[] } }>(
      '/movies/190430?extended=images',
    )
    const poster = await fetch(`https://${movie.body.images.poster[0]}`)
    expect(poster.headers.get('Content-Type')).toBe('image/svg+xml')
    const svg = await poster.text()
    expect(svg).toContain('<svg')
    expect(svg).toContain('Deadpool')
    const fanart = await (await fetch(`https://${movie.body.images.fanart[0]}`)).text()
    expect(fanart).toContain('width="640" height="360"')
    const person = await call<{ images: { headshot: string[] } }>('/people/bryan-cranston?extended=images')
    expect(await (await fetch(`https://${person.body.images.headshot[0]}`)).text()).toContain('>BC<')
    const episode = await call<{ images: { screenshot: string[] } }>(
      '/shows/1390/seasons/1/episodes/1?extended=images',
    )
    expect(await (await fetch(`https://${episode.body.images.screenshot[0]}`)).text()).toContain(
      'Winter Is Coming',
    )
    const list = await call<{ user: { images: { avatar: { full: string } } } }>(
      `/lists/${Object.keys(box.sandbox.store.db.lists)[0]}?extended=full`,
    )
    const avatar = await (await fetch(list.body.user.images.avatar.full)).text()
    expect(avatar).toContain('width="256" height="256"')
    const missing = await fetch(
      'https://media.sandbox-trakt.invalid/images/movies/999/999/999/posters/medium/x.svg',
    )
    expect(missing.status).toBe(404)
  })
})
