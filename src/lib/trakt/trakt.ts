import { getConfig } from '../config'
import { createTraktClient, type TokenSource, type TraktClient } from './client'
import { createScheduler, type Scheduler } from './scheduler'

let tokenSource: TokenSource | null = null
let instance: { client: TraktClient; scheduler: Scheduler } | null = null

const tokens: TokenSource = {
  getAccessToken: () => tokenSource?.getAccessToken() ?? null,
  refreshAfterUnauthorized: (token) => tokenSource?.refreshAfterUnauthorized(token) ?? Promise.resolve(null),
}

function build(overrides: { writeIntervalMs?: number } = {}) {
  const config = getConfig()
  const scheduler = createScheduler({ getBudget: config.getBudget, ...overrides })
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
export function resetTrakt(overrides: { writeIntervalMs?: number } = {}): void {
  instance = build(overrides)
}
