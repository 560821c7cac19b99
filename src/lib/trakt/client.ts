import { readHttpError, TraktNetworkError } from './errors'
import { readResponseMeta, type ResponseMeta } from './pagination'
import type { Scheduler } from './scheduler'
import type { paths } from './schema'
import { createTypedClient } from './typed-client'

/** Where the client gets the user's access token, and how it asks for a new one after a 401. */
export type TokenSource = {
  getAccessToken(): Promise<string | null> | string | null
  /** Called once per request after a 401 on a request that carried `token`; a new token, or null when signed out. */
  refreshAfterUnauthorized(token: string): Promise<string | null>
}

export type TraktClientOptions = {
  apiUrl: string
  clientId: string
  scheduler: Scheduler
  tokens?: TokenSource
  fetch?: typeof fetch
}

/** The network door: Trakt headers, the access token (only to the API host), rate limits, typed errors, shared GETs. */
export function createTraktFetch(options: TraktClientOptions) {
  const apiOrigin = new URL(options.apiUrl).origin
  const baseFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init))
  const inflight = new Map<string, SharedGet>()

  /** The token only ever travels to the configured API host, never to images, auth or any other origin. */
  const carriesToken = (url: string, token: string | null): token is string =>
    Boolean(token) && new URL(url).origin === apiOrigin

  const send = async (
    url: string,
    method: string,
    body: string | null,
    headers: Headers,
    token: string | null,
    signal: AbortSignal,
  ) => {
    const sendHeaders = new Headers(headers)
    sendHeaders.set('Content-Type', 'application/json')
    sendHeaders.set('trakt-api-key', options.clientId)
    sendHeaders.set('trakt-api-version', '2')
    // A caller-supplied Authorization header is dropped too: only this door decides who gets the token.
    sendHeaders.delete('Authorization')
    if (carriesToken(url, token)) sendHeaders.set('Authorization', `Bearer ${token}`)
    return options.scheduler.run(method, async () => {
      // Given up while it waited for a slot: no request at all.
      signal.throwIfAborted()
      try {
        return await baseFetch(url, { method, headers: sendHeaders, body: body ?? undefined, signal })
      } catch (error) {
        if (typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError')
          throw error
        throw new TraktNetworkError({ method, path: new URL(url).pathname, cause: error })
      }
    })
  }

  const exchange = async (
    url: string,
    method: string,
    body: string | null,
    headers: Headers,
    token: string | null,
    signal: AbortSignal,
  ): Promise<Response> => {
    let response = await send(url, method, body, headers, token, signal)
    // Refresh only when the 401 answered a request that really carried the token: refresh tokens are single-use,
    // so spending one on a 401 from another host (or a signed-out request) would sign the user out.
    if (response.status === 401 && carriesToken(url, token) && options.tokens) {
      const fresh = await options.tokens.refreshAfterUnauthorized(token)
      if (fresh) response = await send(url, method, body, headers, fresh, signal)
    }
    if (!response.ok) throw await readHttpError(response, method, url)
    return response
  }

  return async function traktFetch(request: Request): Promise<Response> {
    // A caller that gave up before asking sends nothing.
    request.signal.throwIfAborted()
    const method = request.method.toUpperCase()
    const body = method === 'GET' || method === 'HEAD' ? null : await request.text()
    // Read the token once, so the request sent is the one the sharing key describes.
    const token = (await options.tokens?.getAccessToken()) ?? null
    if (method !== 'GET') {
      // A read sent before (or while) a write may answer with what Trakt had before it: a GET asked after the write
      // began, or once it is done, never joins one of those. Their own callers still get their answers.
      inflight.clear()
      try {
        return await exchange(request.url, method, body, request.headers, token, request.signal)
      } finally {
        inflight.clear()
      }
    }
    const key = `${request.url}\n${carriesToken(request.url, token) ? token : ''}`
    let shared = inflight.get(key)
    if (!shared) {
      const controller = new AbortController()
      const entry: SharedGet = {
        controller,
        waiting: 0,
        response: exchange(request.url, method, null, request.headers, token, controller.signal).finally(
          () => {
            if (inflight.get(key) === entry) inflight.delete(key)
          },
        ),
      }
      // Its callers each get the failure through `follow`; a request whose every caller left before it answered
      // (one aborted the very moment it asked) has nobody to hear it, and its failure must not go unhandled.
      entry.response.catch(() => undefined)
      inflight.set(key, entry)
      shared = entry
    }
    const entry = shared
    // Each caller reads its own copy of the one answer.
    const response = await follow(entry, request.signal, () => {
      if (inflight.get(key) === entry) inflight.delete(key)
    })
    return response.clone()
  }
}

/** One GET on the wire and the callers waiting for it. */
type SharedGet = { response: Promise<Response>; controller: AbortController; waiting: number }

const abortReason = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException('The request was aborted.', 'AbortError')

/**
 * Waits for a shared GET on behalf of one caller. A caller that aborts stops waiting at once; the request itself
 * is only aborted when every caller waiting for it has aborted, so one unmounting page never fails another's read.
 */
function follow(shared: SharedGet, signal: AbortSignal, forget: () => void): Promise<Response> {
  if (signal.aborted) return Promise.reject(abortReason(signal))
  shared.waiting += 1
  return new Promise<Response>((resolve, reject) => {
    let isDone = false
    const settle = () => {
      isDone = true
      shared.waiting -= 1
      signal.removeEventListener('abort', onAbort)
    }
    const onAbort = () => {
      if (isDone) return
      settle()
      if (shared.waiting === 0) {
        // Nobody wants the answer any more: a later caller starts a fresh request instead of joining a dead one.
        forget()
        shared.controller.abort(abortReason(signal))
      }
      reject(abortReason(signal))
    }
    signal.addEventListener('abort', onAbort)
    shared.response.then(
      (response) => {
        if (isDone) return
        settle()
        resolve(response)
      },
      (error: unknown) => {
        if (isDone) return
        settle()
        reject(error)
      },
    )
  })
}

/** A typed Trakt API client generated from the official OpenAPI contract. */
export function createTraktClient(options: TraktClientOptions) {
  return createTypedClient<paths>({ baseUrl: options.apiUrl, fetch: createTraktFetch(options) })
}

export type TraktClient = ReturnType<typeof createTraktClient>

export type WithMeta<T> = { data: T; meta: ResponseMeta }

/** Unwraps a typed call's result (errors were already thrown by the network door) and adds header metadata. */
export function withMeta<T>(result: { data?: T; response: Response }): WithMeta<T> {
  return { data: result.data as T, meta: readResponseMeta(result.response.headers) }
}
