import { resetAuthSession } from '@/lib/auth/default-session'
import { resetTrakt } from '@/lib/trakt/trakt'
import type { SandboxStore } from '@/sandbox/store'
import { setupSandboxServer, TEST_URLS } from '../../support/sandbox-server'

export const AUTH_URL = TEST_URLS.authUrl
export const API_URL = TEST_URLS.apiUrl

export type RecordedCall = { method: string; url: string; body: URLSearchParams }

/**
 * The one sandbox (tests/support/sandbox-server) for an auth test file, on a clock that follows Date.now so fake
 * timers move it. Every call Trakt's OAuth server receives is recorded from the server's own events. `reset()`
 * gives each test a fresh sandbox and an empty record.
 */
export function createAuthServer() {
  const sandboxServer = setupSandboxServer({ now: () => new Date() })
  const calls: RecordedCall[] = []
  sandboxServer.server.events.on('request:start', ({ request }) => {
    if (!request.url.startsWith(AUTH_URL)) return
    void request
      .clone()
      .text()
      .then((text) =>
        calls.push({ method: request.method, url: request.url, body: new URLSearchParams(text) }),
      )
  })
  return {
    server: sandboxServer.server,
    calls,
    /** The current sandbox's store (replaced by `reset`). */
    get store(): SandboxStore {
      return sandboxServer.sandbox.store
    },
    reset() {
      calls.length = 0
      sandboxServer.reset()
    },
    refreshCalls: () =>
      calls.filter((c) => c.url.endsWith('/oauth/token') && c.body.get('grant_type') === 'refresh_token'),
  }
}

/**
 * The auth sandbox of a file whose tests each start signed out: it listens for the whole file, and every test
 * starts with empty storage, no session, a fresh scheduler (writes not spaced) and a fresh sandbox.
 */
export function signedOutAuthSandbox() {
  const auth = createAuthServer()
  beforeAll(() => auth.server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => auth.server.close())
  beforeEach(() => {
    localStorage.clear()
    sessionStorage.clear()
    resetAuthSession()
    resetTrakt({ writeIntervalMs: 0 })
    auth.reset()
  })
  return auth
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
