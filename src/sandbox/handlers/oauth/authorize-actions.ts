import type { SandboxStore } from '../../store'
import { AUTHORIZATION_CODE_TTL, randomToken } from './oauth-tokens'

export type AuthorizationRequest = {
  client_id: string
  redirect_uri: string
  state: string
  code_challenge: string
  username: string
}

function redirectWith(redirectUri: string, params: Record<string, string>): string {
  const url = new URL(redirectUri)
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return url.toString()
}

/** The sandbox's "Approve" on the authorization page: records a one-time code and returns the redirect back to the app. */
export function approveAuthorization(store: SandboxStore, request: AuthorizationRequest): string {
  const code = randomToken()
  store.db.oauth.codes[code] = {
    username: request.username,
    redirect_uri: request.redirect_uri,
    code_challenge: request.code_challenge,
    expires_at: store.now().getTime() + AUTHORIZATION_CODE_TTL * 1000,
  }
  store.changed()
  return redirectWith(request.redirect_uri, { code, state: request.state })
}

/** The sandbox's "Deny": the redirect back to the app with `error=access_denied`. */
export function denyAuthorization(
  _store: SandboxStore,
  request: Pick<AuthorizationRequest, 'redirect_uri' | 'state'>,
): string {
  return redirectWith(request.redirect_uri, { error: 'access_denied', state: request.state })
}

export type DeviceDecision = { ok: true } | { ok: false; reason: 'unknown' | 'expired' | 'already-used' }

function findDeviceCode(store: SandboxStore, userCode: string) {
  const wanted = userCode
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
  return Object.values(store.db.oauth.deviceCodes).find((entry) => entry.user_code === wanted)
}

function decideDeviceCode(
  store: SandboxStore,
  userCode: string,
  decision: 'approved' | 'denied',
  username?: string,
): DeviceDecision {
  const entry = findDeviceCode(store, userCode)
  if (!entry) return { ok: false, reason: 'unknown' }
  if (entry.expires_at <= store.now().getTime()) return { ok: false, reason: 'expired' }
  if (entry.status !== 'pending') return { ok: false, reason: 'already-used' }
  entry.status = decision
  if (username) entry.username = username
  store.changed()
  return { ok: true }
}

/** The sandbox's activation page: `username` approves the device showing `userCode`. */
export function approveDeviceCode(store: SandboxStore, userCode: string, username: string): DeviceDecision {
  return decideDeviceCode(store, userCode, 'approved', username)
}

/** The sandbox's activation page: the user refuses the device showing `userCode`. */
export function denyDeviceCode(store: SandboxStore, userCode: string): DeviceDecision {
  return decideDeviceCode(store, userCode, 'denied')
}
