import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { emptyDb } from '@/sandbox/db/create-db'
import { DEMO_USER, type User } from '@/sandbox/db/types'
import { oauthHandlers } from '@/sandbox/handlers/oauth/oauth-handlers'
import { fail, userFor } from '@/sandbox/http'
import { createStore, type SandboxStore } from '@/sandbox/store'

export const AUTH_URL = 'https://auth.trakt.tv'
export const API_URL = 'https://api.trakt.tv'
export const URLS = { apiUrl: API_URL, authUrl: AUTH_URL }

export const demoUser: User = {
  username: 'Demo',
  name: 'Demo Person',
  private: false,
  vip: true,
  vip_ep: false,
  director: false,
  ids: { slug: DEMO_USER, trakt: 1 },
  joined_at: '2020-01-01T00:00:00.000Z',
  location: null,
  about: null,
  gender: null,
  age: null,
  avatar: 'https://walter-r2.trakt.tv/images/users/demo.jpg',
}

/** A sandbox store with only the demo user; `now` follows Date.now so fake timers move it. */
export function createAuthSandbox(): SandboxStore {
  const db = emptyDb(new Date())
  db.users[DEMO_USER] = demoUser
  return createStore(db, () => new Date())
}

/** GET /users/settings, enough of it for the session's profile. */
export function settingsHandler(store: SandboxStore) {
  return http.get(`${API_URL}/users/settings`, ({ request }) => {
    const username = userFor(store, request)
    if (!username) return fail.unauthorized()
    const user = store.db.users[username]!
    return HttpResponse.json({
      user: { ...user, ids: { ...user.ids, uuid: 'u-1' }, images: { avatar: { full: user.avatar } } },
      permissions: { commenting: true, liking: true, following: true },
    })
  })
}

export type RecordedCall = { method: string; url: string; body: URLSearchParams }

/** An msw server on the sandbox's oauth handlers that records every auth call. */
export function createAuthServer() {
  const server = setupServer()
  const calls: RecordedCall[] = []
  server.events.on('request:start', ({ request }) => {
    if (!request.url.startsWith(AUTH_URL)) return
    void request
      .clone()
      .text()
      .then((text) =>
        calls.push({ method: request.method, url: request.url, body: new URLSearchParams(text) }),
      )
  })
  return {
    server,
    calls,
    use(store: SandboxStore) {
      calls.length = 0
      server.resetHandlers(...oauthHandlers(store, URLS), settingsHandler(store))
    },
    refreshCalls: () =>
      calls.filter((c) => c.url.endsWith('/oauth/token') && c.body.get('grant_type') === 'refresh_token'),
  }
}

/** A Storage backed by a Map: two sessions sharing one stand for two tabs sharing localStorage. */
export function createMemoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const map = new Map<string, string>()
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  }
}
