import type { SandboxStore } from '../../store'

/** Default lifetimes (seconds). Trakt's current contract says access tokens live 7 days. */
const DEFAULT_ACCESS_TOKEN_TTL = 7 * 24 * 60 * 60
export const AUTHORIZATION_CODE_TTL = 10 * 60
export const DEVICE_CODE_TTL = 10 * 60
export const DEVICE_POLL_INTERVAL = 5

// Per-store settings that tests change; kept out of the persisted database on purpose.
const accessTokenTtl = new WeakMap<SandboxStore, number>()

/** Sets how long the sandbox's new access tokens live (seconds), so tests can reach expiry quickly. */
export function setAccessTokenLifetime(store: SandboxStore, seconds: number): void {
  accessTokenTtl.set(store, seconds)
}

export type TokenAnswer = {
  access_token: string
  token_type: 'bearer'
  expires_in: number
  refresh_token: string
  scope: 'public'
  created_at: number
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Random letters and digits without look-alikes (0/O, 1/I) for codes people type. */
export function randomUserCode(length = 8): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')
}

export { randomToken }

/** Issues a new access + refresh token pair for `username` and records both in the store. */
export function issueTokens(store: SandboxStore, username: string): TokenAnswer {
  const now = store.now().getTime()
  const expiresIn = accessTokenTtl.get(store) ?? DEFAULT_ACCESS_TOKEN_TTL
  const accessToken = randomToken()
  const refreshToken = randomToken()
  store.db.oauth.accessTokens[accessToken] = { username, expires_at: now + expiresIn * 1000 }
  store.db.oauth.refreshTokens[refreshToken] = { username }
  store.changed()
  return {
    access_token: accessToken,
    token_type: 'bearer',
    expires_in: expiresIn,
    refresh_token: refreshToken,
    scope: 'public',
    created_at: Math.floor(now / 1000),
  }
}
