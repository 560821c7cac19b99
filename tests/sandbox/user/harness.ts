import { setupServer } from 'msw/node'
import { createRng } from '@/sandbox/db/rng'
import { seedUserRecords } from '@/sandbox/db/seed-users'
import { DEMO_USER, type SandboxDb } from '@/sandbox/db/types'
import { userHandlers } from '@/sandbox/handlers/user/user-handlers'
import { createStore } from '@/sandbox/store'
import { buildTestCatalog } from './build-test-catalog'

export const NOW = new Date('2026-11-26T12:00:00.000Z')
export const API = 'https://api.sandbox.test'
const TOKEN = 'demo-token'

/** A seeded database over the test catalog, with a token signed in as the demo user. */
export function seededDb(): SandboxDb {
  const db = buildTestCatalog(NOW)
  seedUserRecords(db, createRng(20261126), NOW)
  db.oauth.accessTokens[TOKEN] = { username: DEMO_USER, expires_at: NOW.getTime() + 365 * 86_400_000 }
  db.oauth.accessTokens['alice-token'] = { username: 'alice', expires_at: NOW.getTime() + 365 * 86_400_000 }
  return db
}

/** One msw server per test file; each test gets a fresh database and a clock it can move. */
export function startSandbox() {
  let clock = NOW.getTime()
  const store = createStore(seededDb(), () => new Date(clock))
  const server = setupServer(...userHandlers(store, { apiUrl: API, authUrl: 'https://auth.sandbox.test' }))
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    clock = NOW.getTime()
    store.replace(seededDb())
  })
  afterAll(() => server.close())

  /** Calls the sandbox as the demo user (or `token: null` for anonymous, or another token). */
  async function api(path: string, init: { method?: string; body?: unknown; token?: string | null } = {}) {
    const token = init.token === undefined ? TOKEN : init.token
    const response = await fetch(`${API}${path}`, {
      method: init.method ?? 'GET',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const text = await response.text()
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const json: any = text ? JSON.parse(text) : null
    return { status: response.status, headers: response.headers, json }
  }

  return { store, api, advance: (ms: number) => (clock += ms), db: () => store.db }
}
