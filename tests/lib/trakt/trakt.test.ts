import { http, HttpResponse } from 'msw'
import { getConfig } from '@/lib/config'
import { resetTrakt, setTokenSource, trakt, traktScheduler } from '@/lib/trakt/trakt'
import { recordWire, startServer, staticTokens } from './helpers'

const server = startServer()
const API = getConfig().apiUrl

afterEach(() => {
  setTokenSource(null)
  resetTrakt()
})

describe('the app-wide client', () => {
  it('is one client and one scheduler until reset', () => {
    resetTrakt()
    const client = trakt()
    const scheduler = traktScheduler()
    expect(trakt()).toBe(client)
    expect(traktScheduler()).toBe(scheduler)

    resetTrakt()

    expect(trakt()).not.toBe(client)
    expect(traktScheduler()).not.toBe(scheduler)
  })

  it('sends the configured client id to the configured API host', async () => {
    const wire = recordWire(server)
    server.use(http.get(`${API}/movies/popular`, () => HttpResponse.json([])))

    await trakt().GET('/movies/popular')

    expect(wire).toHaveLength(1)
    expect(wire[0]!.url.origin).toBe(API)
    expect(wire[0]!.headers.get('trakt-api-key')).toBe(getConfig().clientId)
  })

  it('takes tokens from the source the session set, and none after it is cleared', async () => {
    const wire = recordWire(server)
    server.use(http.get(`${API}/sync/last_activities`, () => HttpResponse.json({})))

    setTokenSource(staticTokens('session-token'))
    await trakt().GET('/sync/last_activities')
    setTokenSource(null)
    await trakt().GET('/sync/last_activities')

    expect(wire.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer session-token', null])
  })

  it('asks the session to refresh after a 401', async () => {
    server.use(
      http.get(`${API}/sync/last_activities`, ({ request }) =>
        request.headers.get('Authorization') === 'Bearer new'
          ? HttpResponse.json({ ok: 1 })
          : new HttpResponse(null, { status: 401 }),
      ),
    )
    const tokens = staticTokens('old', 'new')
    setTokenSource(tokens)

    const { data } = await trakt().GET('/sync/last_activities')

    expect(data).toEqual({ ok: 1 })
    expect(tokens.refreshAfterUnauthorized).toHaveBeenCalledWith('old')
  })

  describe('with a fake clock', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
      vi.setSystemTime(0)
    })
    afterEach(() => {
      vi.useRealTimers()
    })

    it('resetTrakt gives a fresh scheduler: a 429 pause does not leak into the next client', async () => {
      const wire = recordWire(server)
      server.use(
        http.get(`${API}/movies/popular`, () =>
          HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '60' } }),
        ),
        http.get(`${API}/movies/trending`, () => HttpResponse.json([])),
      )
      resetTrakt()
      void trakt()
        .GET('/movies/popular')
        .catch(() => undefined)
      await vi.advanceTimersByTimeAsync(10)
      expect(traktScheduler().status()).toEqual({ pausedUntil: 60_000, pausedLane: 'read' })

      resetTrakt()

      expect(traktScheduler().status()).toEqual({ pausedUntil: null, pausedLane: null })
      await trakt().GET('/movies/trending')
      expect(wire.map((r) => r.url.pathname)).toEqual(['/movies/popular', '/movies/trending'])
      expect(Date.now()).toBe(10)
    })

    it('spaces writes one second apart by default, and not at all with writeIntervalMs 0', async () => {
      const times: number[] = []
      server.use(
        http.post(`${API}/sync/history`, () => {
          times.push(Date.now())
          return HttpResponse.json({}, { status: 201 })
        }),
      )
      const body = { movies: [{ ids: { trakt: 1 } }] } as never
      setTokenSource(staticTokens('t'))

      resetTrakt()
      const spaced = Promise.all([
        trakt().POST('/sync/history', { body }),
        trakt().POST('/sync/history', { body }),
      ])
      await vi.advanceTimersByTimeAsync(1000)
      await spaced
      expect(times).toEqual([0, 1000])

      times.length = 0
      resetTrakt({ writeIntervalMs: 0 })
      await Promise.all([trakt().POST('/sync/history', { body }), trakt().POST('/sync/history', { body })])
      expect(times).toEqual([1000, 1000])
    })
  })
})
