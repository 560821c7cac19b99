import { RETRYABLE_STATUSES } from './errors'

export type Lane = 'read' | 'write'

export type SchedulerStatus = {
  /** Epoch ms until which a lane is paused because Trakt answered 429, or null. */
  pausedUntil: number | null
  pausedLane: Lane | null
}

export type SchedulerOptions = {
  /** GET calls allowed per rolling window (Trakt: 1000 per 5 minutes, sometimes 500). */
  getBudget: number
  windowMs?: number
  /** Minimum gap between two writes (Trakt: 1 per second). */
  writeIntervalMs?: number
  /**
   * GETs on the wire at once (default: no cap). A page that reads hundreds of items (progress) queues behind this
   * instead of opening hundreds of requests at once, and its answers arrive one after another.
   */
  maxConcurrentReads?: number
  /** Total tries for a GET that meets a 5xx or a network failure. */
  maxTries?: number
  backoffBaseMs?: number
  /** How many 429s in a row we sit out before giving up. */
  max429Waits?: number
  now?: () => number
  random?: () => number
}

export type RunOptions = {
  /** False hands a 429 straight back instead of sitting out its Retry-After (device polling reads it as "slow down"). */
  waitOn429?: boolean
}

export type Scheduler = {
  /** Runs `attempt` under Trakt's rate limits, retrying where it is safe; resolves with the last Response. */
  run(method: string, attempt: () => Promise<Response>, options?: RunOptions): Promise<Response>
  status(): SchedulerStatus
  subscribe(listener: () => void): () => void
}

// By name: a DOMException from another realm (Node's fetch under jsdom) is no instance of this realm's classes.
const isAbort = (error: unknown) =>
  typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)))

/** Milliseconds to wait after a 429, from Retry-After (seconds or an HTTP date) or the X-Ratelimit JSON `until`. */
export function retryAfterMs(response: Response, now: number): number {
  // An empty Retry-After is not "0 seconds" (Number('') is 0): it falls through to X-Ratelimit or the default.
  const header = response.headers.get('Retry-After')?.trim()
  if (header) {
    const seconds = Number(header)
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
    const date = Date.parse(header)
    if (Number.isFinite(date)) return Math.max(0, date - now)
  }
  const limit = response.headers.get('X-Ratelimit')
  if (limit) {
    try {
      const parsed = JSON.parse(limit) as { until?: string }
      const until = parsed.until ? Date.parse(parsed.until) : NaN
      if (Number.isFinite(until)) return Math.max(0, until - now)
    } catch {
      // A malformed header falls through to the default wait.
    }
  }
  return 10_000
}

/**
 * Trakt's rate limits on the client side: a rolling GET budget, one write at a time at most once a second,
 * a lane-wide pause on 429, and retries with backoff for GETs that met a temporary failure.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const windowMs = options.windowMs ?? 5 * 60_000
  const writeIntervalMs = options.writeIntervalMs ?? 1000
  const maxTries = options.maxTries ?? 3
  const backoffBaseMs = options.backoffBaseMs ?? 1000
  const max429Waits = options.max429Waits ?? 5
  const maxConcurrentReads = options.maxConcurrentReads ?? Infinity
  const now = options.now ?? (() => Date.now())
  const random = options.random ?? Math.random

  const readStarts: number[] = []
  let lastWriteStart = -Infinity
  let writeChain: Promise<unknown> = Promise.resolve()
  const pausedUntil: Record<Lane, number> = { read: 0, write: 0 }
  const listeners = new Set<() => void>()
  let readsInFlight = 0
  const readWaiters: (() => void)[] = []
  let snapshot: SchedulerStatus = { pausedUntil: null, pausedLane: null }

  const publish = () => {
    const t = now()
    const lane: Lane | null = pausedUntil.read > t ? 'read' : pausedUntil.write > t ? 'write' : null
    const until = lane ? pausedUntil[lane] : null
    if (snapshot.pausedUntil !== until || snapshot.pausedLane !== lane) {
      snapshot = { pausedUntil: until, pausedLane: lane }
      listeners.forEach((listener) => listener())
    }
  }

  const pause = async (lane: Lane, ms: number) => {
    pausedUntil[lane] = Math.max(pausedUntil[lane], now() + ms)
    publish()
    await waitForLane(lane)
  }

  const waitForLane = async (lane: Lane) => {
    while (pausedUntil[lane] > now()) {
      await sleep(pausedUntil[lane] - now())
    }
    publish()
  }

  const takeReadSlot = async () => {
    for (;;) {
      await waitForLane('read')
      const t = now()
      while (readStarts.length > 0 && readStarts[0]! <= t - windowMs) readStarts.shift()
      if (readStarts.length < options.getBudget) {
        readStarts.push(t)
        return
      }
      await sleep(readStarts[0]! + windowMs - t)
    }
  }

  /** A place among the GETs on the wire, first come first served; `release` hands it to the next in line. */
  const takeWirePlace = async () => {
    if (readsInFlight < maxConcurrentReads) {
      readsInFlight += 1
      return
    }
    // The releasing request hands its place over directly, so a newcomer cannot overtake the queue.
    await new Promise<void>((resolve) => readWaiters.push(resolve))
  }
  const releaseWirePlace = () => {
    const next = readWaiters.shift()
    if (next) next()
    else readsInFlight -= 1
  }

  const runRead = async (attempt: () => Promise<Response>, waitOn429: boolean): Promise<Response> => {
    let tries = 0
    let waits429 = 0
    for (;;) {
      // A place on the wire first, then the budget: a request waiting out a backoff or a 429 holds neither.
      await takeWirePlace()
      tries += 1
      let response: Response
      try {
        await takeReadSlot()
        response = await attempt()
      } catch (error) {
        releaseWirePlace()
        // A cancelled request is not a failure to retry.
        if (tries >= maxTries || isAbort(error)) throw error
        await sleep(backoff(tries))
        continue
      }
      releaseWirePlace()
      if (response.status === 429 && waitOn429 && waits429 < max429Waits) {
        waits429 += 1
        tries -= 1
        await pause('read', retryAfterMs(response, now()))
        continue
      }
      if (RETRYABLE_STATUSES.has(response.status) && tries < maxTries) {
        await sleep(backoff(tries))
        continue
      }
      return response
    }
  }

  const runWrite = (attempt: () => Promise<Response>, waitOn429: boolean): Promise<Response> => {
    const job = writeChain.then(async () => {
      let waits429 = 0
      for (;;) {
        await waitForLane('write')
        const gap = lastWriteStart + writeIntervalMs - now()
        if (gap > 0) await sleep(gap)
        lastWriteStart = now()
        // A network failure or 5xx may have been applied by Trakt: never repeat the write.
        const response = await attempt()
        // A 429 means Trakt did not apply the write, so it is safe to wait and send it again.
        if (response.status === 429 && waitOn429 && waits429 < max429Waits) {
          waits429 += 1
          await pause('write', retryAfterMs(response, now()))
          continue
        }
        return response
      }
    })
    writeChain = job.catch(() => undefined)
    return job
  }

  const backoff = (tries: number) => {
    const exp = backoffBaseMs * 2 ** (tries - 1)
    return exp + random() * backoffBaseMs
  }

  return {
    run(method, attempt, runOptions = {}) {
      const waitOn429 = runOptions.waitOn429 ?? true
      return method.toUpperCase() === 'GET' ? runRead(attempt, waitOn429) : runWrite(attempt, waitOn429)
    },
    status: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
