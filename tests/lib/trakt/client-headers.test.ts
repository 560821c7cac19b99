import { http, HttpResponse } from 'msw'
import { createTraktFetch } from '@/lib/trakt/client'
import { TraktHttpError } from '@/lib/trakt/errors'
import {
  API,
  CLIENT_ID,
  instantScheduler,
  makeClient,
  recordWire,
  startServer,
  staticTokens,
} from './helpers'

const server = startServer()

describe('Trakt headers', () => {
  it('sends the three required headers and no Authorization when signed out', async () => {
    const wire = recordWire(server)
    server.use(http.get(`${API}/movies/popular`, () => HttpResponse.json([])))

    await makeClient().GET('/movies/popular')

    expect(wire).toHaveLength(1)
    const headers = wire[0]!.headers
    expect(headers.get('Content-Type')).toBe('application/json')
    expect(headers.get('trakt-api-key')).toBe(CLIENT_ID)
    expect(headers.get('trakt-api-version')).toBe('2')
    expect(headers.has('Authorization')).toBe(false)
  })

  it('sends the Bearer token to the API host when signed in', async () => {
    const wire = recordWire(server)
    server.use(http.get(`${API}/sync/last_activities`, () => HttpResponse.json({})))

    await makeClient({ tokens: staticTokens('abc123') }).GET('/sync/last_activities')

    expect(wire).toHaveLength(1)
    expect(wire[0]!.headers.get('Authorization')).toBe('Bearer abc123')
    expect(wire[0]!.headers.get('trakt-api-key')).toBe(CLIENT_ID)
  })

  it('sends the same headers on writes, with the JSON body', async () => {
    const wire = recordWire(server)
    let received: unknown = null
    server.use(
      http.post(`${API}/sync/watchlist`, async ({ request }) => {
        received = await request.json()
        return HttpResponse.json({ added: { movies: 1 } }, { status: 201 })
      }),
    )

    const { data } = await makeClient({ tokens: staticTokens('abc123') }).POST('/sync/watchlist', {
      body: { movies: [{ ids: { trakt: 1 } }] } as never,
    })

    expect(data).toEqual({ added: { movies: 1 } })
    expect(received).toEqual({ movies: [{ ids: { trakt: 1 } }] })
    expect(wire).toHaveLength(1)
    expect(wire[0]!.method).toBe('POST')
    expect(wire[0]!.headers.get('Content-Type')).toBe('application/json')
    expect(wire[0]!.headers.get('trakt-api-version')).toBe('2')
    expect(wire[0]!.headers.get('Authorization')).toBe('Bearer abc123')
  })
})

describe('the access token goes only to the configured API host', () => {
  const otherOrigins = [
    'https://images.example.com/poster.jpg',
    'https://auth.trakt.tv/oauth/token',
    'http://api.trakt.tv/movies/popular', // same host, other scheme
    'https://api.trakt.tv:8443/movies/popular', // same host, other port
    'https://api.trakt.tv.evil.example/movies/popular', // look-alike host
    'https://evil.example/?next=https://api.trakt.tv',
  ]

  it.each(otherOrigins)('a request to %s gets the Trakt headers but no token', async (url) => {
    const wire = recordWire(server)
    server.use(http.all(url.split('?')[0]!, () => HttpResponse.json({ ok: true })))
    const traktFetch = createTraktFetch({
      apiUrl: API,
      clientId: CLIENT_ID,
      scheduler: instantScheduler(),
      tokens: staticTokens('secret-token'),
    })

    const response = await traktFetch(new Request(url))

    expect(response.status).toBe(200)
    expect(wire).toHaveLength(1)
    expect(wire[0]!.url.href).toBe(new URL(url).href)
    expect(wire[0]!.headers.has('Authorization')).toBe(false)
  })

  it('drops an Authorization header a caller set by hand on a request to another host', async () => {
    const wire = recordWire(server)
    server.use(http.get('https://images.example.com/a.jpg', () => new HttpResponse(null, { status: 200 })))
    const traktFetch = createTraktFetch({ apiUrl: API, clientId: CLIENT_ID, scheduler: instantScheduler() })

    await traktFetch(
      new Request('https://images.example.com/a.jpg', { headers: { Authorization: 'Bearer leaked' } }),
    )

    expect(wire[0]!.headers.has('Authorization')).toBe(false)
  })

  it('holds back the token when the typed client is pointed at another base URL', async () => {
    const wire = recordWire(server)
    server.use(http.get('https://mirror.example.com/movies/popular', () => HttpResponse.json([])))

    await makeClient({ tokens: staticTokens('secret-token') }).GET('/movies/popular', {
      baseUrl: 'https://mirror.example.com',
    })

    expect(wire).toHaveLength(1)
    expect(wire[0]!.url.origin).toBe('https://mirror.example.com')
    expect(wire[0]!.headers.has('Authorization')).toBe(false)
  })

  it('does not spend a single-use refresh on a 401 from another host', async () => {
    const tokens = staticTokens('secret-token', 'fresh-token')
    const wire = recordWire(server)
    server.use(
      http.get('https://other.example.com/x', () => HttpResponse.json({ error: 'nope' }, { status: 401 })),
    )
    const traktFetch = createTraktFetch({
      apiUrl: API,
      clientId: CLIENT_ID,
      scheduler: instantScheduler(),
      tokens,
    })

    const failure = await traktFetch(new Request('https://other.example.com/x')).catch((e: unknown) => e)

    expect(failure).toBeInstanceOf(TraktHttpError)
    expect((failure as TraktHttpError).status).toBe(401)
    expect(tokens.refreshAfterUnauthorized).not.toHaveBeenCalled()
    expect(wire).toHaveLength(1)
    expect(wire[0]!.headers.has('Authorization')).toBe(false)
  })
})
