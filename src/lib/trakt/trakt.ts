import { getConfig } from '../config'
import { createTraktClient, type TokenSource, type TraktClient } from './client'
import { createScheduler, type Scheduler, type SchedulerOptions } from './scheduler'

/** What a test may change about the limits: the write gap, and the GET budget and its window. */
type LimitOverrides = Partial<Pick<SchedulerOptions, 'writeIntervalMs' | 'getBudget' | 'windowMs'>>

let tokenSource: TokenSource | null = null
let instance: { client: TraktClient; scheduler: Scheduler } | null = null

const tokens: TokenSource = {
  getAccessToken: () => tokenSource?.getAccessToken() ?? null,
  refreshAfterUnauthorized: (token) => tokenSource?.refreshAfterUnauthorized(token) ?? Promise.resolve(null),
}

/**
 * GETs on the wire at once. A page needs a handful at a time; a page that reads one request per show (progress,
 * hundreds of shows) would otherwise open them all at once, and Trakt's edge sees a burst instead of a client.
 */
export const MAX_CONCURRENT_READS = 6

function build(overrides: LimitOverrides = {}) {
  const config = getConfig()
  const scheduler = createScheduler({
    getBudget: config.getBudget,
    maxConcurrentReads: MAX_CONCURRENT_READS,
    ...overrides,
  })
  const client = createTraktClient({ apiUrl: config.apiUrl, clientId: config.clientId, scheduler, tokens })
  return { client, scheduler }
}

/** The app's one Trakt client. */
export function trakt(): TraktClient {
  instance ??= build()
  return instance.client
}

/** The app's one rate-limit scheduler (for the "slow down" status). */
export function traktScheduler(): Scheduler {
  instance ??= build()
  return instance.scheduler
}

/** Lets the session (src/lib/auth) supply tokens to every request. */
export function setTokenSource(source: TokenSource | null): void {
  tokenSource = source
}

/** Rebuilds the client with fresh limits; tests use it so one test's budget does not leak into the next. */
export function resetTrakt(overrides: LimitOverrides = {}): void {
  instance = build(overrides)
}
