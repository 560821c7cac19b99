import { http, HttpResponse } from 'msw'
import { errorMessage, isTraktError, TraktHttpError, TraktNetworkError } from '@/lib/trakt/errors'
import { API, makeClient, recordWire, startServer } from './helpers'
import checkinConflict from '../../fixtures/checkin_409_conflict__traktkit.json'

const server = startServer()

const catchError = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the request to fail')
    },
    (error: unknown) => error,
  )

/** Every status of the reference and the newer facts, with its kind and the gist of what a person reads. */
const statuses = [
  [400, 'bad-request', /could not understand the request/],
  [401, 'unauthorized', /sign in to Trakt again/],
  [403, 'forbidden', /refused this app/],
  [404, 'not-found', /no record of this/],
  [405, 'method-not-found', /does not support this action/],
  [409, 'conflict', /already done/],
  [412, 'precondition-failed', /rejected the request format/],
  [420, 'account-limit', /reached its limit.*VIP/],
  [422, 'validation', /did not accept what was sent/],
  [423, 'locked', /account is locked/],
  [429, 'rate-limited', /slow down/],
  [500, 'server', /server error/],
  [502, 'unavailable', /unreachable right now/],
  [503, 'unavailable', /overloaded/],
  [504, 'unavailable', /took too long/],
  [520, 'unavailable', /Cloudflare/],
  [521, 'unavailable', /Cloudflare/],
  [522, 'unavailable', /Cloudflare/],
] as const

describe('a typed error for every status', () => {
  it.each(statuses)(
    '%i is a TraktHttpError of kind %s with a readable message',
    async (status, kind, message) => {
      const wire = recordWire(server)
      const body = { error: `error ${status}`, error_description: 'from the server' }
      server.use(http.get(`${API}/movies/popular`, () => HttpResponse.json(body, { status })))

      const error = await catchError(makeClient().GET('/movies/popular'))

      expect(error).toBeInstanceOf(TraktHttpError)
      const failure = error as TraktHttpError
      expect(failure.name).toBe('TraktHttpError')
      expect(failure.status).toBe(status)
      expect(failure.kind).toBe(kind)
      expect(failure.body).toEqual(body)
      expect(failure.method).toBe('GET')
      expect(failure.path).toBe('/movies/popular')
      expect(failure.message).toMatch(message)
      expect(errorMessage(failure)).toBe(failure.message)
      expect(isTraktError(failure)).toBe(true)
      // The instant scheduler never retries, so the one request on the wire is the one that failed.
      expect(wire).toHaveLength(1)
    },
  )

  it('keeps a body that is not JSON as text, and a missing body as null', async () => {
    server.use(
      http.get(`${API}/movies/popular`, () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })),
      http.get(`${API}/movies/trending`, () => new HttpResponse(null, { status: 404 })),
    )
    const client = makeClient()

    const html = (await catchError(client.GET('/movies/popular'))) as TraktHttpError
    const empty = (await catchError(client.GET('/movies/trending'))) as TraktHttpError

    expect(html.body).toBe('<html>Bad gateway</html>')
    expect(html.kind).toBe('unavailable')
    expect(empty.body).toBeNull()
    expect(empty.message).toBe('Trakt has no record of this.')
  })

  it('carries 422 validation messages', async () => {
    server.use(
      http.post(`${API}/comments/`, () =>
        HttpResponse.json(
          { errors: { comment: ['must be at least 5 words', 'is too short'] } },
          { status: 422 },
        ),
      ),
    )

    const error = (await catchError(
      makeClient().POST('/comments/', { body: { comment: 'too short' } as never }),
    )) as TraktHttpError

    expect(error.kind).toBe('validation')
    expect(error.validationErrors).toEqual(['must be at least 5 words', 'is too short'])
    expect(error.message).toBe('Trakt did not accept this: must be at least 5 words; is too short.')
    expect(error.method).toBe('POST')
  })

  it('reads 422 messages given without the "errors" wrapper', () => {
    const error = new TraktHttpError({
      status: 422,
      body: { comment: ['must be at least 5 words'] },
      method: 'POST',
      path: '/comments',
    })
    expect(error.validationErrors).toEqual(['must be at least 5 words'])
    expect(error.message).toBe('Trakt did not accept this: must be at least 5 words.')
  })

  it('carries the 409 check-in conflict expiry (real Trakt body)', async () => {
    server.use(http.post(`${API}/checkin`, () => HttpResponse.json(checkinConflict, { status: 409 })))

    const error = (await catchError(
      makeClient().POST('/checkin', { body: { movie: { ids: { trakt: 1 } } } as never }),
    )) as TraktHttpError

    expect(error.status).toBe(409)
    expect(error.kind).toBe('conflict')
    expect(error.expiresAt).toBe('2014-10-15T22:21:29.000Z')
    expect(error.watchedAt).toBeUndefined()
    expect(error.message).toBe(
      `You are already checked in to something until ${new Date('2014-10-15T22:21:29.000Z').toLocaleTimeString()}.`,
    )
  })

  it('carries the 409 scrobble conflict watched_at and expires_at', () => {
    const body = { watched_at: '2014-10-15T22:21:29.000Z', expires_at: '2014-10-15T23:21:29.000Z' }
    const error = new TraktHttpError({ status: 409, body, method: 'POST', path: '/scrobble/stop' })
    expect(error.watchedAt).toBe(body.watched_at)
    expect(error.expiresAt).toBe(body.expires_at)
    expect(error.message).toMatch(/^This was already marked as watched at .+; try again after .+\.$/)
    expect(error.message).toContain(new Date(body.watched_at).toLocaleTimeString())
  })

  it('does not print "Invalid Date" for a malformed 409 timestamp', () => {
    const error = new TraktHttpError({
      status: 409,
      body: { expires_at: 'soon' },
      method: 'POST',
      path: '/checkin',
    })
    expect(error.expiresAt).toBe('soon')
    expect(error.message).toBe('This was already done.')
  })

  it('explains a 401 from a private profile', async () => {
    server.use(
      http.get(`${API}/users/sean/stats`, () =>
        HttpResponse.json({}, { status: 401, headers: { 'X-Private-User': 'true' } }),
      ),
    )

    const error = (await catchError(
      makeClient().GET('/users/{id}/stats', { params: { path: { id: 'sean' } } } as never),
    )) as TraktHttpError

    expect(error.status).toBe(401)
    expect(error.isPrivateUser).toBe(true)
    expect(error.message).toBe('This profile is private.')
  })

  it('keeps the numeric Retry-After of a 429, and ignores a missing or empty one', async () => {
    const retryAfterOf = async (headers: Record<string, string>) => {
      server.use(http.get(`${API}/movies/popular`, () => HttpResponse.json({}, { status: 429, headers })))
      return ((await catchError(makeClient().GET('/movies/popular'))) as TraktHttpError).retryAfter
    }
    expect(await retryAfterOf({ 'Retry-After': '17' })).toBe(17)
    expect(await retryAfterOf({ 'Retry-After': '' })).toBeUndefined()
    expect(await retryAfterOf({})).toBeUndefined()
  })

  it('falls back to the server text for an unknown status, and a generic sentence otherwise', () => {
    const withText = new TraktHttpError({
      status: 418,
      body: { error_description: "I'm a teapot" },
      method: 'GET',
      path: '/x',
    })
    expect(withText.kind).toBe('unknown')
    expect(withText.message).toBe("I'm a teapot")
    const bare = new TraktHttpError({ status: 599, body: null, method: 'GET', path: '/x' })
    expect(bare.kind).toBe('server')
    expect(bare.message).toBe('Trakt answered with an unexpected status (599).')
  })
})

describe('network failures', () => {
  it('a fetch that throws becomes a TraktNetworkError explained as a network problem or rate limit', async () => {
    server.use(http.get(`${API}/movies/popular`, () => HttpResponse.error()))

    const error = await catchError(makeClient().GET('/movies/popular'))

    expect(error).toBeInstanceOf(TraktNetworkError)
    const network = error as TraktNetworkError
    expect(network.kind).toBe('network')
    expect(network.method).toBe('GET')
    expect(network.path).toBe('/movies/popular')
    expect(network.message).toContain('network problem or Trakt rate limit')
    expect(network.cause).toBeInstanceOf(TypeError)
    expect(errorMessage(network)).toBe(network.message)
  })

  it('errorMessage has words for anything thrown', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom')
    expect(errorMessage('a string')).toBe('Something went wrong.')
    expect(errorMessage(new Error(''))).toBe('Something went wrong.')
  })
})
