import { createRng } from '@/sandbox/db/rng'
import { seedUserRecords } from '@/sandbox/db/seed-users'
import { DEMO_USER, type SandboxDb } from '@/sandbox/db/types'
import { setupSandboxServer, TEST_NOW, TEST_URLS } from '../../support/sandbox-server'
import { buildTestCatalog } from './build-test-catalog'

export const NOW = TEST_NOW
export const API = TEST_URLS.apiUrl
const TOKEN = 'demo-token'

/** A seeded database over the test catalog, with a token signed in as the demo user. */
function seededDb(): SandboxDb {
  const db = buildTestCatalog(NOW)
  seedUserRecords(db, createRng(20261126), NOW)
  db.oauth.accessTokens[TOKEN] = { username: DEMO_USER, expires_at: NOW.getTime() + 365 * 86_400_000 }
  db.oauth.accessTokens['alice-token'] = { username: 'alice', expires_at: NOW.getTime() + 365 * 86_400_000 }
  return db
}

/** The one sandbox server over the small test catalog; each test gets a fresh sandbox and a clock it can move. */
export function startSandbox() {
  let clock = NOW.getTime()
  const box = setupSandboxServer({ now: () => new Date(clock), db: seededDb })
  beforeAll(() => box.server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    clock = NOW.getTime()
    box.reset()
  })
  afterAll(() => box.server.close())

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

  return { api, advance: (ms: number) => (clock += ms), db: () => box.sandbox.store.db }
}
