import { TraktNetworkError } from '@/lib/trakt/errors'
import { createScheduler, retryAfterMs, type SchedulerOptions } from '@/lib/trakt/scheduler'
import { deferred } from './helpers'

const WINDOW = 5 * 60_000

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  vi.setSystemTime(0)
})

afterEach(() => {
  vi.useRealTimers()
})

const ok = () => new Response('{}', { status: 200 })
const status = (code: number, headers: Record<string, string> = {}) =>
  new Response('{}', { status: code, headers })

/** An attempt function that answers from a script and records the fake-clock time of every try. */
function scripted(answers: Array<() => Response | Promise<Response>>) {
  const starts: number[] = []
  const attempt = vi.fn(async () => {
    starts.push(Date.now())
    const next = answers[Math.min(starts.length - 1, answers.length - 1)]!
    return next()
  })
  return { attempt, starts }
}

function scheduler(options: Partial<SchedulerOptions> = {}) {
  return createScheduler({ getBudget: 1000, random: () => 0.5, ...options })
}

/** Collects a promise's outcome without an unhandled rejection while the clock runs. */
function settle<T>(promise: Promise<T>) {
  const outcome: { value?: T; error?: unknown; done: boolean } = { done: false }
  promise.then(
    (value) => Object.assign(outcome, { value, done: true }),
    (error: unknown) => Object.assign(outcome, { error, done: true }),
  )
  return outcome
}

describe('GET budget per rolling 5 minutes', () => {
  it('runs at most getBudget GETs at once; the next waits until the first leaves the window', async () => {
    const s = scheduler({ getBudget: 3 })
    const { attempt, starts } = scripted([ok])

    const runs = [1, 2, 3, 4].map(() => settle(s.run('GET', attempt)))
    await vi.advanceTimersByTimeAsync(0)
    expect(starts).toEqual([0, 0, 0])
    expect(runs.map((r) => r.done)).toEqual([true, true, true, false])

    await vi.advanceTimersByTimeAsync(WINDOW - 1)
    expect(attempt).toHaveBeenCalledTimes(3)

    await vi.advanceTimersByTimeAsync(1)
    expect(starts).toEqual([0, 0, 0, WINDOW])
    expect(runs[3]!.done).toBe(true)
  })

  it('frees each slot exactly when its own call is 5 minutes old', async () => {
    const s = scheduler({ getBudget: 3 })
    const { attempt, starts } = scripted([ok])

    await s.run('GET', attempt)
    await vi.advanceTimersByTimeAsync(1000)
    await s.run('GET', attempt)
    await vi.advanceTimersByTimeAsync(1000)
    await s.run('GET', attempt)
    await vi.advanceTimersByTimeAsync(1000)
    const fourth = settle(s.run('GET', attempt))
    const fifth = settle(s.run('GET', attempt))

    await vi.advanceTimersByTimeAsync(WINDOW - 3000 - 1)
    expect(starts).toEqual([0, 1000, 2000])
    await vi.advanceTimersByTimeAsync(1)
    expect(starts).toEqual([0, 1000, 2000, WINDOW])
    await vi.advanceTimersByTimeAsync(1000)
    expect(starts).toEqual([0, 1000, 2000, WINDOW, WINDOW + 1000])
    expect(fourth.done && fifth.done).toBe(true)
  })

  it('does not count writes against the GET budget', async () => {
    const s = scheduler({ getBudget: 1, writeIntervalMs: 0 })
    const { attempt, starts } = scripted([ok])

    await s.run('GET', attempt)
    await s.run('POST', attempt)
    await s.run('DELETE', attempt)
    expect(starts).toEqual([0, 0, 0])
  })
})

describe('GETs on the wire at once', () => {
  it('keeps at most maxConcurrentReads GETs in flight and starts the next, in order, as one answers', async () => {
    const s = scheduler({ maxConcurrentReads: 2 })
    const gates = [deferred<Response>(), deferred<Response>(), deferred<Response>(), deferred<Response>()]
    const started: number[] = []
    const runs = gates.map((gate, i) =>
      settle(
        s.run('GET', () => {
          started.push(i)
          return gate.promise
        }),
      ),
    )
    await vi.advanceTimersByTimeAsync(0)
    expect(started).toEqual([0, 1])

    gates[1]!.resolve(ok())
    await vi.advanceTimersByTimeAsync(0)
    expect(started).toEqual([0, 1, 2])
    expect(runs[1]!.done).toBe(true)

    gates[0]!.resolve(ok())
    gates[2]!.resolve(ok())
    await vi.advanceTimersByTimeAsync(0)
    expect(started).toEqual([0, 1, 2, 3])
    gates[3]!.resolve(ok())
    await vi.advanceTimersByTimeAsync(0)
    expect(runs.every((r) => r.done)).toBe(true)
  })

  it('frees the place while a failed GET waits for its retry, and when an attempt throws', async () => {
    const s = scheduler({ maxConcurrentReads: 1, backoffBaseMs: 1000 })
    const first = scripted([() => status(503), ok])
    const second = scripted([
      () => {
        throw new TraktNetworkError({ method: 'GET', path: '/x', cause: new Error('down') })
      },
      ok,
    ])
    const a = settle(s.run('GET', first.attempt))
    const b = settle(s.run('GET', second.attempt))
    await vi.advanceTimersByTimeAsync(0)
    // The 503 backs off without its place, so the second GET goes at once.
    expect(first.starts).toEqual([0])
    expect(second.starts).toEqual([0])
    await vi.advanceTimersByTimeAsync(2000)
    expect(a.done && b.done).toBe(true)
  })

  it('does not hold writes behind queued GETs', async () => {
    const s = scheduler({ maxConcurrentReads: 1, writeIntervalMs: 0 })
    const gate = deferred<Response>()
    void s.run('GET', () => gate.promise)
    const queued = settle(s.run('GET', async () => ok()))
    const write = settle(s.run('POST', async () => ok()))
    await vi.advanceTimersByTimeAsync(0)
    expect(write.done).toBe(true)
    expect(queued.done).toBe(false)
    gate.resolve(ok())
    await vi.advanceTimersByTimeAsync(0)
    expect(queued.done).toBe(true)
  })
})

describe('writes', () => {
  it('run one at a time: the next write waits for the previous answer', async () => {
    const s = scheduler()
    const first = deferred<Response>()
    const { attempt, starts } = scripted([() => first.promise, ok])

    const a = settle(s.run('POST', attempt))
    const b = settle(s.run('PUT', attempt))
    await vi.advanceTimersByTimeAsync(5000)
    expect(starts).toEqual([0])
    expect(a.done || b.done).toBe(false)

    first.resolve(ok())
    await vi.advanceTimersByTimeAsync(0)
    // The first write took 5 s, longer than the 1 s gap, so the second goes at once.
    expect(starts).toEqual([0, 5000])
    expect(a.done && b.done).toBe(true)
  })

  it('start at most once per second', async () => {
    const s = scheduler()
    const { attempt, starts } = scripted([ok])

    const runs = ['POST', 'PUT', 'DELETE', 'POST'].map((method) => settle(s.run(method, attempt)))
    await vi.advanceTimersByTimeAsync(0)
    expect(starts).toEqual([0])
    await vi.advanceTimersByTimeAsync(999)
    expect(starts).toEqual([0])
    await vi.advanceTimersByTimeAsync(1)
    expect(starts).toEqual([0, 1000])
    await vi.advanceTimersByTimeAsync(2000)
    expect(starts).toEqual([0, 1000, 2000, 3000])
    expect(runs.every((r) => r.done)).toBe(true)
  })

  it('keep the queue moving after a write fails', async () => {
    const s = scheduler()
    const starts: number[] = []
    const failing = vi.fn(async () => {
      starts.push(Date.now())
      throw new TraktNetworkError({ method: 'POST', path: '/sync/history' })
    })
    const { attempt } = scripted([ok])

    const a = settle(s.run('POST', failing))
    const b = settle(s.run('POST', attempt))
    await vi.advanceTimersByTimeAsync(1000)

    expect(a.error).toBeInstanceOf(TraktNetworkError)
    expect(b.value?.status).toBe(200)
    expect(starts).toEqual([0])
    expect(attempt).toHaveBeenCalledTimes(1)
  })

  it.each([500, 502, 503, 504, 520, 521, 522])(
    'are never retried after a %i (Trakt may have applied them)',
    async (code) => {
      const s = scheduler()
      const { attempt } = scripted([() => status(code), ok])

      const run = settle(s.run('POST', attempt))
      await vi.advanceTimersByTimeAsync(60_000)

      expect(attempt).toHaveBeenCalledTimes(1)
      expect(run.value?.status).toBe(code)
    },
  )

  it('are never retried after a network failure', async () => {
    const s = scheduler()
    const attempt = vi.fn(async (): Promise<Response> => {
      throw new TraktNetworkError({ method: 'POST', path: '/checkin' })
    })

    const run = settle(s.run('POST', attempt))
    await vi.advanceTimersByTimeAsync(60_000)

    expect(attempt).toHaveBeenCalledTimes(1)
    expect(run.error).toBeInstanceOf(TraktNetworkError)
  })

  it('are retried after a 429, once the write lane has waited Retry-After', async () => {
    const s = scheduler()
    const { attempt, starts } = scripted([() => status(429, { 'Retry-After': '3' }), ok])

    const run = settle(s.run('POST', attempt))
    await vi.advanceTimersByTimeAsync(2999)
    expect(starts).toEqual([0])
    await vi.advanceTimersByTimeAsync(1)
    expect(starts).toEqual([0, 3000])
    expect(run.value?.status).toBe(200)
  })
})

describe('429: the lane pauses, then retries', () => {
  it('pauses every GET for Retry-After seconds, reports it, and notifies subscribers', async () => {
    const s = scheduler()
    const listener = vi.fn()
    s.subscribe(listener)
    const limited = scripted([() => status(429, { 'Retry-After': '30' }), ok])
    const other = scripted([ok])

    const first = settle(s.run('GET', limited.attempt))
    await vi.advanceTimersByTimeAsync(0)
    expect(s.status()).toEqual({ pausedUntil: 30_000, pausedLane: 'read' })
    expect(listener).toHaveBeenCalledTimes(1)

    await vi.advanceTimersByTimeAsync(1000)
    const second = settle(s.run('GET', other.attempt))
    await vi.advanceTimersByTimeAsync(28_999)
    expect(limited.starts).toEqual([0])
    expect(other.starts).toEqual([])
    expect(s.status().pausedUntil).toBe(30_000)

    await vi.advanceTimersByTimeAsync(1)
    expect(limited.starts).toEqual([0, 30_000])
    expect(other.starts).toEqual([30_000])
    expect(first.value?.status).toBe(200)
    expect(second.value?.status).toBe(200)
    expect(s.status()).toEqual({ pausedUntil: null, pausedLane: null })
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('uses the X-Ratelimit "until" when there is no Retry-After', async () => {
    const s = scheduler()
    const until = new Date(12_000).toISOString()
    const xRatelimit = JSON.stringify({
      name: 'UNAUTHED_API_GET_LIMIT',
      period: 300,
      limit: 1000,
      remaining: 0,
      until,
    })
    const { attempt, starts } = scripted([() => status(429, { 'X-Ratelimit': xRatelimit }), ok])

    settle(s.run('GET', attempt))
    await vi.advanceTimersByTimeAsync(0)
    expect(s.status()).toEqual({ pausedUntil: 12_000, pausedLane: 'read' })
    await vi.advanceTimersByTimeAsync(11_999)
    expect(starts).toEqual([0])
    await vi.advanceTimersByTimeAsync(1)
    expect(starts).toEqual([0, 12_000])
  })

  it('pauses only the lane that was limited: GETs go on while writes wait', async () => {
    const s = scheduler()
    const write = scripted([() => status(429, { 'Retry-After': '20' }), ok])
    const read = scripted([ok])

    settle(s.run('POST', write.attempt))
    await vi.advanceTimersByTimeAsync(0)
    expect(s.status()).toEqual({ pausedUntil: 20_000, pausedLane: 'write' })

    await s.run('GET', read.attempt)
    expect(read.starts).toEqual([0])

    const nextWrite = scripted([ok])
    settle(s.run('PUT', nextWrite.attempt))
    await vi.advanceTimersByTimeAsync(19_999)
    expect(write.starts).toEqual([0])
    expect(nextWrite.starts).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(write.starts).toEqual([0, 20_000])
    // Writes stay one per second after the pause too.
    await vi.advanceTimersByTimeAsync(999)
    expect(nextWrite.starts).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(nextWrite.starts).toEqual([21_000])
  })

  it('gives up after max429Waits and hands back the 429', async () => {
    const s = scheduler({ max429Waits: 2 })
    const { attempt, starts } = scripted([() => status(429, { 'Retry-After': '1' })])

    const run = settle(s.run('GET', attempt))
    await vi.advanceTimersByTimeAsync(10_000)

    expect(starts).toEqual([0, 1000, 2000])
    expect(run.value?.status).toBe(429)
  })

  it('does not use up the 5xx retries while sitting out 429s', async () => {
    const s = scheduler({ maxTries: 2, backoffBaseMs: 100 })
    const { attempt } = scripted([
      () => status(429, { 'Retry-After': '1' }),
      () => status(429, { 'Retry-After': '1' }),
      () => status(503),
      ok,
    ])

    const run = settle(s.run('GET', attempt))
    await vi.advanceTimersByTimeAsync(10_000)

    expect(attempt).toHaveBeenCalledTimes(4)
    expect(run.value?.status).toBe(200)
  })
})

describe('GET retries', () => {
  it.each([502, 503, 504, 520, 521, 522])(
    'a %i is tried at most 3 times, with exponential backoff plus jitter',
    async (code) => {
      const s = scheduler({ backoffBaseMs: 1000, random: () => 0.5 })
      const { attempt, starts } = scripted([() => status(code)])

      const run = settle(s.run('GET', attempt))
      await vi.advanceTimersByTimeAsync(60_000)

      // Waits: 1000 * 2^0 + 0.5 * 1000 = 1500, then 1000 * 2^1 + 500 = 2500.
      expect(starts).toEqual([0, 1500, 4000])
      expect(run.value?.status).toBe(code)
    },
  )

  it('jitter comes from random(): none at 0, three quarters of a base at 0.75', async () => {
    const early = scheduler({ backoffBaseMs: 1000, random: () => 0 })
    const late = scheduler({ backoffBaseMs: 1000, random: () => 0.75 })
    const a = scripted([() => status(503)])
    const b = scripted([() => status(503)])

    settle(early.run('GET', a.attempt))
    settle(late.run('GET', b.attempt))
    await vi.advanceTimersByTimeAsync(60_000)

    expect(a.starts).toEqual([0, 1000, 3000])
    expect(b.starts).toEqual([0, 1750, 1750 + 2750])
  })

  it('stops retrying as soon as Trakt answers', async () => {
    const s = scheduler({ backoffBaseMs: 1000, random: () => 0 })
    const { attempt, starts } = scripted([() => status(503), ok])

    const run = settle(s.run('GET', attempt))
    await vi.advanceTimersByTimeAsync(60_000)

    expect(starts).toEqual([0, 1000])
    expect(run.value?.status).toBe(200)
  })

  it.each([400, 401, 403, 404, 405, 409, 412, 420, 422, 423, 500])('a %i is never retried', async (code) => {
    const s = scheduler()
    const { attempt } = scripted([() => status(code), ok])

    const run = settle(s.run('GET', attempt))
    await vi.advanceTimersByTimeAsync(60_000)

    expect(attempt).toHaveBeenCalledTimes(1)
    expect(run.value?.status).toBe(code)
  })

  it('a network failure is tried 3 times, then thrown', async () => {
    const s = scheduler({ backoffBaseMs: 1000, random: () => 0 })
    const starts: number[] = []
    const attempt = vi.fn(async (): Promise<Response> => {
      starts.push(Date.now())
      throw new TraktNetworkError({ method: 'GET', path: '/movies/popular' })
    })

    const run = settle(s.run('GET', attempt))
    await vi.advanceTimersByTimeAsync(60_000)

    expect(starts).toEqual([0, 1000, 3000])
    expect(run.error).toBeInstanceOf(TraktNetworkError)
  })

  it('a cancelled GET is not retried', async () => {
    const s = scheduler()
    const attempt = vi.fn(async (): Promise<Response> => {
      throw new DOMException('The operation was aborted.', 'AbortError')
    })

    const run = settle(s.run('GET', attempt))
    await vi.advanceTimersByTimeAsync(60_000)

    expect(attempt).toHaveBeenCalledTimes(1)
    expect((run.error as DOMException).name).toBe('AbortError')
  })
})

describe('retryAfterMs', () => {
  const headers = (h: Record<string, string>) => new Response(null, { status: 429, headers: h })

  it('reads Retry-After seconds first', () => {
    expect(
      retryAfterMs(headers({ 'Retry-After': '7', 'X-Ratelimit': '{"until":"1970-01-01T00:01:00Z"}' }), 0),
    ).toBe(7000)
  })

  it('reads a Retry-After HTTP date', () => {
    expect(retryAfterMs(headers({ 'Retry-After': new Date(45_000).toUTCString() }), 5_000)).toBe(40_000)
  })

  it('falls back to X-Ratelimit until when Retry-After is missing or empty', () => {
    const limit = JSON.stringify({ until: new Date(60_000).toISOString() })
    expect(retryAfterMs(headers({ 'X-Ratelimit': limit }), 15_000)).toBe(45_000)
    expect(retryAfterMs(headers({ 'Retry-After': '', 'X-Ratelimit': limit }), 15_000)).toBe(45_000)
  })

  it('waits 10 s when neither header helps, and never a negative time', () => {
    expect(retryAfterMs(headers({}), 0)).toBe(10_000)
    expect(retryAfterMs(headers({ 'X-Ratelimit': 'not json' }), 0)).toBe(10_000)
    expect(retryAfterMs(headers({ 'Retry-After': '-5' }), 0)).toBe(0)
  })
})

describe('status subscriptions', () => {
  it('stops notifying after unsubscribe', async () => {
    const s = scheduler()
    const listener = vi.fn()
    const unsubscribe = s.subscribe(listener)
    unsubscribe()
    const { attempt } = scripted([() => status(429, { 'Retry-After': '1' }), ok])

    await Promise.all([s.run('GET', attempt), vi.advanceTimersByTimeAsync(1000)])

    expect(listener).not.toHaveBeenCalled()
  })

  it('keeps the same status object while nothing changed (safe for useSyncExternalStore)', () => {
    const s = scheduler()
    expect(s.status()).toBe(s.status())
    expect(s.status()).toEqual({ pausedUntil: null, pausedLane: null })
  })
})
