import { http, HttpResponse } from 'msw'
import type { TokenSource } from '@/lib/trakt/client'
import { TraktHttpError, TraktNetworkError } from '@/lib/trakt/errors'
import { createScheduler } from '@/lib/trakt/scheduler'
import { API, deferred, makeClient, recordWire, startServer, staticTokens } from './helpers'

const server = startServer()

const tick = () => new Promise((resolve) => setTimeout(resolve, 20))
/** Waits until the fake network has seen `count` requests. */
const seen = (wire: unknown[], count: number) => vi.waitFor(() => expect(wire).toHaveLength(count))

describe('identical GETs in flight are shared', () => {
  it('two concurrent identical GETs make one request and both callers get the data', async () => {
    const wire = recordWire(server)
    const gate = deferred()
    server.use(
      http.get(`${API}/movies/popular`, async () => {
        await gate.promise
        return HttpResponse.json([{ title: 'Batman Begins' }], { headers: { 'X-Pagination-Page': '1' } })
      }),
    )
    const client = makeClient({ tokens: staticTokens('t1') })

    const a = client.GET('/movies/popular', { params: { query: { page: 1 } } })
    const b = client.GET('/movies/popular', { params: { query: { page: 1 } } })
    await seen(wire, 1)
    await tick()
    expect(wire).toHaveLength(1)
    gate.resolve()

    const [ra, rb] = await Promise.all([a, b])
    expect(ra.data).toEqual([{ title: 'Batman Begins' }])
    expect(rb.data).toEqual([{ title: 'Batman Begins' }])
    expect(ra.response.headers.get('X-Pagination-Page')).toBe('1')
    expect(rb.response.headers.get('X-Pagination-Page')).toBe('1')
    expect(wire).toHaveLength(1)
  })

  it('shares a failure too: both callers get the typed error from one request', async () => {
    const wire = recordWire(server)
    const gate = deferred()
    server.use(
      http.get(`${API}/movies/popular`, async () => {
        await gate.promise
        return HttpResponse.json({}, { status: 404 })
      }),
    )
    const client = makeClient()

    const a = client.GET('/movies/popular').catch((e: unknown) => e)
    const b = client.GET('/movies/popular').catch((e: unknown) => e)
    await seen(wire, 1)
    gate.resolve()

    const [ea, eb] = await Promise.all([a, b])
    expect(ea).toBeInstanceOf(TraktHttpError)
    expect(eb).toBeInstanceOf(TraktHttpError)
    expect((ea as TraktHttpError).status).toBe(404)
    expect(wire).toHaveLength(1)
  })

  it('does not share between different URLs', async () => {
    const wire = recordWire(server)
    server.use(http.get(`${API}/movies/popular`, ({ request }) => HttpResponse.json({ url: request.url })))
    const client = makeClient()

    const [p1, p2] = await Promise.all([
      client.GET('/movies/popular', { params: { query: { page: 1 } } }),
      client.GET('/movies/popular', { params: { query: { page: 2 } } }),
    ])

    expect(wire.map((r) => r.url.searchParams.get('page'))).toEqual(['1', '2'])
    expect(p1.data).toEqual({ url: `${API}/movies/popular?page=1` })
    expect(p2.data).toEqual({ url: `${API}/movies/popular?page=2` })
  })

  it('does not share between different tokens (another user must not get my data)', async () => {
    const wire = recordWire(server)
    const gate = deferred()
    server.use(
      http.get(`${API}/sync/last_activities`, async ({ request }) => {
        await gate.promise
        return HttpResponse.json({ for: request.headers.get('Authorization') })
      }),
    )
    let token = 'alice'
    const tokens: TokenSource = { getAccessToken: () => token, refreshAfterUnauthorized: async () => null }
    const client = makeClient({ tokens })

    const a = client.GET('/sync/last_activities')
    await seen(wire, 1)
    token = 'bob'
    const b = client.GET('/sync/last_activities')
    await seen(wire, 2)
    gate.resolve()

    const [ra, rb] = await Promise.all([a, b])
    expect(wire).toHaveLength(2)
    expect(ra.data).toEqual({ for: 'Bearer alice' })
    expect(rb.data).toEqual({ for: 'Bearer bob' })
  })

  it('does not keep answers: the same GET after the first settled goes to the network again', async () => {
    const wire = recordWire(server)
    let n = 0
    server.use(http.get(`${API}/movies/popular`, () => HttpResponse.json({ n: ++n })))
    const client = makeClient()

    expect((await client.GET('/movies/popular')).data).toEqual({ n: 1 })
    expect((await client.GET('/movies/popular')).data).toEqual({ n: 2 })
    expect(wire).toHaveLength(2)
  })

  it('a GET asked after a write does not join a GET sent before it (it would miss the write)', async () => {
    const wire = recordWire(server)
    const gate = deferred()
    let plays = 0
    server.use(
      http.get(`${API}/sync/last_activities`, async () => {
        const seenPlays = plays
        if (seenPlays === 0) await gate.promise
        return HttpResponse.json({ plays: seenPlays })
      }),
      http.post(`${API}/sync/history`, () => {
        plays += 1
        return HttpResponse.json({ added: { movies: 1 } }, { status: 201 })
      }),
    )
    const client = makeClient({ tokens: staticTokens('t') })
    const body = { movies: [{ ids: { trakt: 1 } }] } as never

    const before = client.GET('/sync/last_activities')
    await seen(wire, 1)
    await client.POST('/sync/history', { body })
    const after = client.GET('/sync/last_activities')
    await seen(wire, 3)
    gate.resolve()

    expect((await before).data).toEqual({ plays: 0 })
    expect((await after).data).toEqual({ plays: 1 })
    expect(wire.map((r) => r.method)).toEqual(['GET', 'POST', 'GET'])
  })

  it('never shares writes', async () => {
    const wire = recordWire(server)
    server.use(
      http.post(`${API}/sync/history`, () => HttpResponse.json({ added: { movies: 1 } }, { status: 201 })),
    )
    const client = makeClient({ tokens: staticTokens('t') })
    const body = { movies: [{ ids: { trakt: 1 } }] } as never

    await Promise.all([client.POST('/sync/history', { body }), client.POST('/sync/history', { body })])

    expect(wire).toHaveLength(2)
  })
})

describe('refresh on 401', () => {
  it('repeats the request exactly once with the refreshed token', async () => {
    const wire = recordWire(server)
    server.use(
      http.get(`${API}/sync/last_activities`, ({ request }) =>
        request.headers.get('Authorization') === 'Bearer new'
          ? HttpResponse.json({ all: '2026-01-01T00:00:00.000Z' })
          : HttpResponse.json({ error: 'invalid_token' }, { status: 401 }),
      ),
    )
    const tokens = staticTokens('old', 'new')

    const { data } = await makeClient({ tokens }).GET('/sync/last_activities')

    expect(data).toEqual({ all: '2026-01-01T00:00:00.000Z' })
    expect(tokens.refreshAfterUnauthorized).toHaveBeenCalledTimes(1)
    expect(tokens.refreshAfterUnauthorized).toHaveBeenCalledWith('old')
    expect(wire.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer old', 'Bearer new'])
  })

  it('repeats a write with the same body', async () => {
    const bodies: unknown[] = []
    server.use(
      http.post(`${API}/sync/watchlist`, async ({ request }) => {
        bodies.push(await request.json())
        return request.headers.get('Authorization') === 'Bearer new'
          ? HttpResponse.json({ added: { movies: 1 } }, { status: 201 })
          : HttpResponse.json({}, { status: 401 })
      }),
    )

    const { data } = await makeClient({ tokens: staticTokens('old', 'new') }).POST('/sync/watchlist', {
      body: { movies: [{ ids: { trakt: 7 } }] } as never,
    })

    expect(data).toEqual({ added: { movies: 1 } })
    expect(bodies).toEqual([{ movies: [{ ids: { trakt: 7 } }] }, { movies: [{ ids: { trakt: 7 } }] }])
  })

  it('throws the 401 when refresh returns null, without a second request', async () => {
    const wire = recordWire(server)
    server.use(http.get(`${API}/sync/last_activities`, () => HttpResponse.json({}, { status: 401 })))
    const tokens = staticTokens('old', null)

    const error = await makeClient({ tokens })
      .GET('/sync/last_activities')
      .catch((e: unknown) => e)

    expect(error).toBeInstanceOf(TraktHttpError)
    expect((error as TraktHttpError).status).toBe(401)
    expect((error as TraktHttpError).kind).toBe('unauthorized')
    expect(tokens.refreshAfterUnauthorized).toHaveBeenCalledTimes(1)
    expect(wire).toHaveLength(1)
  })

  it('never loops: a 401 on the repeat is thrown, with one refresh and two requests in all', async () => {
    const wire = recordWire(server)
    server.use(http.get(`${API}/sync/last_activities`, () => HttpResponse.json({}, { status: 401 })))
    const tokens = staticTokens('old', 'new')

    const error = await makeClient({ tokens })
      .GET('/sync/last_activities')
      .catch((e: unknown) => e)

    expect((error as TraktHttpError).status).toBe(401)
    expect(tokens.refreshAfterUnauthorized).toHaveBeenCalledTimes(1)
    expect(wire.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer old', 'Bearer new'])
  })

  it('does not try to refresh when the 401 answered a signed-out request', async () => {
    const wire = recordWire(server)
    server.use(http.get(`${API}/sync/last_activities`, () => HttpResponse.json({}, { status: 401 })))
    const tokens = staticTokens(null, 'new')

    const error = await makeClient({ tokens })
      .GET('/sync/last_activities')
      .catch((e: unknown) => e)

    expect((error as TraktHttpError).status).toBe(401)
    expect(tokens.refreshAfterUnauthorized).not.toHaveBeenCalled()
    expect(wire).toHaveLength(1)
  })

  it('does not refresh on a 403', async () => {
    server.use(http.get(`${API}/sync/last_activities`, () => HttpResponse.json({}, { status: 403 })))
    const tokens = staticTokens('old', 'new')

    const error = await makeClient({ tokens })
      .GET('/sync/last_activities')
      .catch((e: unknown) => e)

    expect((error as TraktHttpError).status).toBe(403)
    expect(tokens.refreshAfterUnauthorized).not.toHaveBeenCalled()
  })
})

describe('the client under the real scheduler (fake clock)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    vi.setSystemTime(0)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('sits out a 429 for Retry-After seconds, then retries and succeeds', async () => {
    const wire = recordWire(server)
    const times: number[] = []
    server.use(
      http.get(`${API}/movies/popular`, () => {
        times.push(Date.now())
        return times.length === 1
          ? HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '2' } })
          : HttpResponse.json([{ title: 'Dune' }])
      }),
    )
    const scheduler = createScheduler({ getBudget: 1000 })
    const client = makeClient({ scheduler })

    const result = client.GET('/movies/popular')
    await vi.advanceTimersByTimeAsync(100)
    expect(scheduler.status().pausedUntil).toBe(2000)
    await vi.advanceTimersByTimeAsync(1900)

    expect((await result).data).toEqual([{ title: 'Dune' }])
    expect(times).toEqual([0, 2000])
    expect(wire).toHaveLength(2)
    expect(scheduler.status().pausedUntil).toBeNull()
  })

  it('retries a 503 GET and returns the data; throws the typed error after 3 tries', async () => {
    const wire = recordWire(server)
    server.use(http.get(`${API}/movies/popular`, () => HttpResponse.json({}, { status: 503 })))
    const client = makeClient({ scheduler: createScheduler({ getBudget: 1000, random: () => 0 }) })

    const result = client.GET('/movies/popular').catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(10_000)

    const error = await result
    expect(error).toBeInstanceOf(TraktHttpError)
    expect((error as TraktHttpError).status).toBe(503)
    expect(wire).toHaveLength(3)
  })

  it('sends a write once when the network fails, and throws TraktNetworkError', async () => {
    const wire = recordWire(server)
    server.use(http.post(`${API}/checkin`, () => HttpResponse.error()))
    const client = makeClient({ tokens: staticTokens('t'), scheduler: createScheduler({ getBudget: 1000 }) })

    const result = client
      .POST('/checkin', { body: { movie: { ids: { trakt: 1 } } } as never })
      .catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(30_000)

    expect(await result).toBeInstanceOf(TraktNetworkError)
    expect(wire).toHaveLength(1)
  })

  it('holds the GET over budget on the wire until the window frees a slot', async () => {
    const wire = recordWire(server)
    server.use(http.get(`${API}/movies/:list`, () => HttpResponse.json([])))
    const client = makeClient({ scheduler: createScheduler({ getBudget: 2 }) })

    const calls = [
      client.GET('/movies/popular'),
      client.GET('/movies/trending'),
      client.GET('/movies/anticipated'),
    ]
    await vi.advanceTimersByTimeAsync(1000)
    expect(wire.map((r) => r.url.pathname)).toEqual(['/movies/popular', '/movies/trending'])

    await vi.advanceTimersByTimeAsync(5 * 60_000 - 1000)
    await Promise.all(calls)
    expect(wire.map((r) => r.url.pathname)).toEqual([
      '/movies/popular',
      '/movies/trending',
      '/movies/anticipated',
    ])
  })
})
