import { http, HttpResponse, type RequestHandler } from 'msw'
import { calculatePKCECodeChallenge } from 'oauth4webapi'
import { DEMO_ACTIVATE_PATH } from '@/lib/demo'
import type { SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'
import {
  DEVICE_CODE_TTL,
  DEVICE_POLL_INTERVAL,
  issueTokens,
  randomToken,
  randomUserCode,
} from './oauth-tokens'

/** Trakt documents JSON bodies; OAuth libraries send forms. Accept both. */
async function readParams(request: Request): Promise<Record<string, string>> {
  const text = await request.text()
  const type = request.headers.get('Content-Type') ?? ''
  if (type.includes('application/json')) {
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>
      return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]))
    } catch {
      return {}
    }
  }
  return Object.fromEntries(new URLSearchParams(text))
}

const invalidGrant = (description: string, status = 400) =>
  HttpResponse.json({ error: 'invalid_grant', error_description: description }, { status })

const invalidRequest = (description: string) =>
  HttpResponse.json({ error: 'invalid_request', error_description: description }, { status: 400 })

async function exchangeCode(store: SandboxStore, params: Record<string, string>) {
  const code = params.code ?? ''
  const entry = store.db.oauth.codes[code]
  if (!entry) return invalidGrant('The authorization code is invalid, expired, or was already used.')
  // Single use: the code dies on its first exchange, whatever the outcome.
  delete store.db.oauth.codes[code]
  store.changed()
  if (entry.expires_at <= store.now().getTime()) return invalidGrant('The authorization code expired.')
  if (params.redirect_uri !== entry.redirect_uri)
    return invalidGrant('The redirect_uri does not match the authorization request.')
  if (!params.code_verifier) return invalidRequest('code_verifier is required (PKCE).')
  if ((await calculatePKCECodeChallenge(params.code_verifier)) !== entry.code_challenge) {
    return invalidGrant('The code_verifier does not match the code_challenge.')
  }
  return HttpResponse.json(issueTokens(store, entry.username))
}

function rotateRefreshToken(store: SandboxStore, params: Record<string, string>) {
  const token = params.refresh_token ?? ''
  const entry = store.db.oauth.refreshTokens[token]
  if (!entry) return invalidGrant('The refresh token is invalid, revoked, or was already used.', 401)
  // Refresh tokens are single-use: the old one dies as the new pair is issued.
  delete store.db.oauth.refreshTokens[token]
  return HttpResponse.json(issueTokens(store, entry.username))
}

function verificationUrl(): string {
  const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin
  return `${origin}${DEMO_ACTIVATE_PATH}`
}

function pollDevice(store: SandboxStore, params: Record<string, string>) {
  const code = params.code ?? params.device_code ?? ''
  const entry = store.db.oauth.deviceCodes[code]
  if (!entry) return new HttpResponse(null, { status: 404 })
  const now = store.now().getTime()
  if (entry.expires_at <= now) return new HttpResponse(null, { status: 410 })
  if (entry.status === 'used') return new HttpResponse(null, { status: 409 })
  if (entry.status === 'denied') return new HttpResponse(null, { status: 418 })
  const tooSoon = entry.last_poll > 0 && now - entry.last_poll < entry.interval * 1000
  entry.last_poll = now
  store.changed()
  if (tooSoon) return new HttpResponse(null, { status: 429 })
  if (entry.status === 'pending' || !entry.username) return new HttpResponse(null, { status: 400 })
  entry.status = 'used'
  return HttpResponse.json(issueTokens(store, entry.username))
}

/** The sandbox's oauth endpoints (the authorization page itself is an in-app page: src/sandbox/ui). */
/** Answers only once the sandbox has saved what the answer hands out (a no-op outside the demo). */
async function persisted(store: SandboxStore, answer: Response | Promise<Response>): Promise<Response> {
  const response = await answer
  await store.persist()
  return response
}

export function oauthHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  const base = `${urls.authUrl}/oauth`
  return [
    http.post(`${base}/token`, async ({ request }) => {
      const params = await readParams(request)
      if (!params.client_id) return HttpResponse.json({ error: 'invalid_client' }, { status: 401 })
      if (params.client_secret)
        return invalidRequest('Marquee is a public client: it must never send a client secret.')
      // A new token must be saved before the app holds it: a reload right after sign-in restores the demo from IndexedDB.
      if (params.grant_type === 'authorization_code') return persisted(store, exchangeCode(store, params))
      if (params.grant_type === 'refresh_token') return persisted(store, rotateRefreshToken(store, params))
      return HttpResponse.json({ error: 'unsupported_grant_type' }, { status: 400 })
    }),
    http.post(`${base}/revoke`, async ({ request }) => {
      const params = await readParams(request)
      const token = params.token ?? ''
      if (store.db.oauth.accessTokens[token]) {
        delete store.db.oauth.accessTokens[token]
        store.changed()
      }
      return HttpResponse.json({})
    }),
    http.post(`${base}/device/code`, async ({ request }) => {
      const params = await readParams(request)
      if (!params.client_id) return HttpResponse.json({ error: 'invalid_client' }, { status: 401 })
      const deviceCode = randomToken()
      const userCode = randomUserCode()
      store.db.oauth.deviceCodes[deviceCode] = {
        user_code: userCode,
        expires_at: store.now().getTime() + DEVICE_CODE_TTL * 1000,
        interval: DEVICE_POLL_INTERVAL,
        last_poll: 0,
        status: 'pending',
      }
      store.changed()
      return HttpResponse.json({
        device_code: deviceCode,
        user_code: userCode,
        verification_url: verificationUrl(),
        expires_in: DEVICE_CODE_TTL,
        interval: DEVICE_POLL_INTERVAL,
      })
    }),
    http.post(`${base}/device/token`, async ({ request }) =>
      persisted(store, pollDevice(store, await readParams(request))),
    ),
  ]
}
