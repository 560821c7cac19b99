import { getConfig } from '../config'
import { readHttpError, TraktNetworkError } from './errors'
import type { Scheduler } from './scheduler'
import { traktScheduler } from './trakt'

/** The OAuth calls Marquee makes on Trakt's auth host (authorize is a browser redirect, not a request). */
const OAUTH_PATHS: readonly string[] = [
  '/oauth/token',
  '/oauth/revoke',
  '/oauth/device/code',
  '/oauth/device/token',
]

/** Trakt answers this poll with 429 to mean "poll more slowly": the device flow reads it, the scheduler must not wait it out. */
const SLOW_DOWN_PATH = '/oauth/device/token'

/** What oauth4webapi hands its `customFetch` (a subset of RequestInit). */
export type AuthFetchInit = {
  method: string
  headers: Record<string, string>
  body?: URLSearchParams | string | null | undefined
  redirect?: RequestRedirect
  signal?: AbortSignal | undefined
}

export type AuthFetch = (url: string, init: AuthFetchInit) => Promise<Response>

export type AuthFetchOptions = {
  authUrl: string
  scheduler: Scheduler
  fetch?: typeof fetch
}

/** Refused before anything leaves the browser: a request the auth door never sends. */
export class AuthRequestRefusedError extends Error {
  override readonly name = 'AuthRequestRefusedError'
}

function bodyText(body: AuthFetchInit['body']): string {
  if (body === undefined || body === null) return ''
  if (typeof body === 'string' || body instanceof URLSearchParams) return String(body)
  throw new AuthRequestRefusedError('The auth door sends only form or text bodies.')
}

/**
 * The network door for OAuth (token, refresh, revoke, device code and polling): only POSTs to the OAuth paths of the
 * configured auth host, never a client_secret, through the write lane of the shared rate-limit scheduler. A network
 * failure throws TraktNetworkError, a 429 or 5xx TraktHttpError; other answers go back to the OAuth library, which
 * reads the OAuth error codes (invalid_grant, the device statuses).
 */
export function createAuthFetch(options: AuthFetchOptions): AuthFetch {
  const authOrigin = new URL(options.authUrl).origin
  const baseFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init))

  return async function authFetch(url, init) {
    const target = new URL(url)
    const method = init.method.toUpperCase()
    if (method !== 'POST' || target.origin !== authOrigin || !OAUTH_PATHS.includes(target.pathname)) {
      throw new AuthRequestRefusedError(
        `The auth door sends only POST ${OAUTH_PATHS.join(', ')} to ${authOrigin}; refused ${method} ${target.origin}${target.pathname}.`,
      )
    }
    const body = bodyText(init.body)
    if (body.includes('client_secret')) {
      throw new AuthRequestRefusedError('Marquee is a public client (PKCE): it never sends a client_secret.')
    }
    const response = await options.scheduler.run(
      method,
      async () => {
        try {
          return await baseFetch(url, {
            method,
            headers: init.headers,
            body: body || undefined,
            redirect: init.redirect,
            signal: init.signal,
          })
        } catch (error) {
          if (error instanceof DOMException && error.name === 'AbortError') throw error
          throw new TraktNetworkError({ method, path: target.pathname, cause: error })
        }
      },
      { waitOn429: target.pathname !== SLOW_DOWN_PATH },
    )
    if (response.status === 429 || response.status >= 500) throw await readHttpError(response, method, url)
    return response
  }
}

let shared: { scheduler: Scheduler; authFetch: AuthFetch } | null = null

/**
 * The app's one door for OAuth calls (src/lib/auth passes it to oauth4webapi as `customFetch`), on the app's
 * scheduler. It lives here, not in trakt.ts, so that only the sign-in and token code (lazy chunks) carries it.
 */
export function traktAuthFetch(): AuthFetch {
  const scheduler = traktScheduler()
  // A rebuilt client (tests' resetTrakt) brings a new scheduler, and the door follows it.
  if (shared?.scheduler !== scheduler)
    shared = { scheduler, authFetch: createAuthFetch({ authUrl: getConfig().authUrl, scheduler }) }
  return shared.authFetch
}
