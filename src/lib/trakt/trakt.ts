import { getConfig } from '../config'
import { createAuthFetch, type AuthFetch } from './auth-fetch'
import { createTraktClient, type TokenSource, type TraktClient } from './client'
import { createScheduler, type Scheduler } from './scheduler'

let tokenSource: TokenSource | null = null
let instance: { client: TraktClient; scheduler: Scheduler; authFetch: AuthFetch } | null = null

const tokens: TokenSource = {
  getAccessToken: () => tokenSource?.getAccessToken() ?? null,
  refreshAfterUnauthorized: (token) => tokenSource?.refreshAfterUnauthorized(token) ?? Promise.resolve(null),
}

function build(overrides: { writeIntervalMs?: number } = {}) {
  const config = getConfig()
  const scheduler = createScheduler({ getBudget: config.getBudget, ...overrides })
  const client = createTraktClient({ apiUrl: config.apiUrl, clientId: config.clientId, scheduler, tokens })
  const authFetch = createAuthFetch({ authUrl: config.authUrl, scheduler })
  return { client, scheduler, authFetch }
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

/** The app's one door for OAuth calls (src/lib/auth passes it to oauth4webapi as `customFetch`). */
export function traktAuthFetch(): AuthFetch {
  instance ??= build()
  return instance.authFetch
}

/** Lets the session (src/lib/auth) supply tokens to every request. */
export function setTokenSource(source: TokenSource | null): void {
  tokenSource = source
}

/** Rebuilds the client with fresh limits; tests use it so one test's budget does not leak into the next. */
export function resetTrakt(overrides: { writeIntervalMs?: number } = {}): void {
  instance = build(overrides)
}
