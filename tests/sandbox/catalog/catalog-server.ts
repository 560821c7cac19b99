import { setupServer } from 'msw/node'
import { createSeedDb } from '../../../src/sandbox/db/create-db'
import { catalogHandlers } from '../../../src/sandbox/handlers/catalog/catalog-handlers'
import { createStore, type SandboxStore } from '../../../src/sandbox/store'
import { TEST_NOW, TEST_URLS } from '../../support/sandbox-server'

/** The fixed "now" every catalog test seeds around. */
export const NOW = TEST_NOW
export const API = TEST_URLS.apiUrl

/** A fresh seeded store and an msw/node server over the catalog handlers. */
export function catalogServer() {
  const store: SandboxStore = createStore(createSeedDb({ now: NOW }), () => NOW)
  const server = setupServer(...catalogHandlers(store, TEST_URLS))
  return { store, server }
}

/** GET/POST... a sandbox path and read the JSON body (null when there is none). */
export async function call<T = unknown>(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; headers: Headers; body: T }> {
  const response = await fetch(`${API}${path}`, init)
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as T }
}

/** Signs `username` in by minting an access token straight into the store. */
export function signIn(store: SandboxStore, username: string): Record<string, string> {
  const token = `token-${username}`
  store.db.oauth.accessTokens[token] = { username, expires_at: NOW.getTime() + 3_600_000 }
  return { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
}
