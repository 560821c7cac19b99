import { http, HttpResponse } from 'msw'
import { API, deferred, makeClient, recordWire, startServer } from './helpers'

const server = startServer()

const seen = (wire: unknown[], count: number) => vi.waitFor(() => expect(wire).toHaveLength(count))
const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError'

/** /movies/popular held until `gate` opens; `signals` collects the signal of every request that reached it. */
function heldPopular() {
  const gate = deferred()
  const signals: AbortSignal[] = []
  server.use(
    http.get(`${API}/movies/popular`, async ({ request }) => {
      signals.push(request.signal)
      await gate.promise
      return HttpResponse.json([{ title: 'Batman Begins' }])
    }),
  )
  return { gate, signals }
}

describe('aborting GETs', () => {
  it('passes the signal on: an aborted caller rejects with an AbortError and the request is cancelled', async () => {
    const wire = recordWire(server)
    const { signals } = heldPopular()
    const client = makeClient()
    const controller = new AbortController()

    const read = client.GET('/movies/popular', { signal: controller.signal }).catch((e: unknown) => e)
    await seen(wire, 1)
    controller.abort()

    expect(isAbort(await read)).toBe(true)
    await vi.waitFor(() => expect(signals[0]?.aborted).toBe(true))
  })

  it('one of two callers sharing a GET aborts: the other still gets the answer from the one request', async () => {
    const wire = recordWire(server)
    const { gate, signals } = heldPopular()
    const client = makeClient()
    const leaving = new AbortController()

    const left = client.GET('/movies/popular', { signal: leaving.signal }).catch((e: unknown) => e)
    const stays = client.GET('/movies/popular')
    await seen(wire, 1)
    leaving.abort()
    expect(isAbort(await left)).toBe(true)
    expect(signals[0]!.aborted).toBe(false)
    gate.resolve()

    const { data } = await stays
    expect(data).toEqual([{ title: 'Batman Begins' }])
    expect(wire).toHaveLength(1)
    expect(signals[0]!.aborted).toBe(false)
  })

  it('when every caller has aborted the request is cancelled, and the next identical GET starts a fresh one', async () => {
    const wire = recordWire(server)
    const { gate, signals } = heldPopular()
    const client = makeClient()
    const first = new AbortController()
    const second = new AbortController()

    const a = client.GET('/movies/popular', { signal: first.signal }).catch((e: unknown) => e)
    const b = client.GET('/movies/popular', { signal: second.signal }).catch((e: unknown) => e)
    await seen(wire, 1)
    first.abort()
    expect(isAbort(await a)).toBe(true)
    expect(signals[0]!.aborted).toBe(false)
    second.abort()
    expect(isAbort(await b)).toBe(true)
    await vi.waitFor(() => expect(signals[0]!.aborted).toBe(true))

    const again = client.GET('/movies/popular')
    await seen(wire, 2)
    gate.resolve()
    expect((await again).data).toEqual([{ title: 'Batman Begins' }])
  })

  it('sends nothing for a caller that aborted before asking', async () => {
    const wire = recordWire(server)
    heldPopular()
    const client = makeClient()

    const error = await client
      .GET('/movies/popular', { signal: AbortSignal.abort() })
      .catch((e: unknown) => e)

    expect(isAbort(error)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(wire).toHaveLength(0)
  })
})
