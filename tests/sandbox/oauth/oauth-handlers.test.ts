import { calculatePKCECodeChallenge, generateRandomCodeVerifier } from 'oauth4webapi'
import {
  approveAuthorization,
  approveDeviceCode,
  denyAuthorization,
  denyDeviceCode,
} from '@/sandbox/handlers/oauth/authorize-actions'
import { setAccessTokenLifetime } from '@/sandbox/handlers/oauth/oauth-tokens'
import { userFor } from '@/sandbox/http'
import type { SandboxStore } from '@/sandbox/store'
import { AUTH_URL, createAuthServer } from '../../lib/auth/auth-test-kit'
import { TEST_URLS } from '../../support/sandbox-server'

const auth = createAuthServer()
let store: SandboxStore
const REDIRECT = 'http://localhost:3000/auth/callback'

beforeAll(() => auth.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => auth.server.close())
beforeEach(() => {
  auth.reset()
  store = auth.store
})
afterEach(() => vi.useRealTimers())

const post = (path: string, params: Record<string, string>, json = false) =>
  fetch(`${AUTH_URL}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': json ? 'application/json' : 'application/x-www-form-urlencoded' },
    body: json ? JSON.stringify(params) : new URLSearchParams(params).toString(),
  })

async function authorize() {
  const verifier = generateRandomCodeVerifier()
  const redirect = new URL(
    approveAuthorization(store, {
      client_id: 'cid',
      redirect_uri: REDIRECT,
      state: 's1',
      code_challenge: await calculatePKCECodeChallenge(verifier),
      username: 'demo',
    }),
  )
  return { verifier, code: redirect.searchParams.get('code')!, redirect }
}

const exchange = (code: string, verifier: string, extra: Record<string, string> = {}) =>
  post('/oauth/token', {
    grant_type: 'authorization_code',
    client_id: 'cid',
    code,
    redirect_uri: REDIRECT,
    code_verifier: verifier,
    ...extra,
  })

describe('sandbox authorization code grant', () => {
  it('answers Trakt token JSON for a valid code + verifier, and the token works', async () => {
    const { verifier, code, redirect } = await authorize()
    expect(redirect.searchParams.get('state')).toBe('s1')
    const before = Math.floor(store.now().getTime() / 1000)
    const response = await exchange(code, verifier)
    const after = Math.floor(store.now().getTime() / 1000)
    expect(response.status).toBe(200)
    const body = (await response.json()) as Record<string, unknown>
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 7 * 24 * 3600, scope: 'public' })
    // Seconds, taken while the exchange ran (a second can tick over between the two reads).
    expect(body.created_at).toBeGreaterThanOrEqual(before)
    expect(body.created_at).toBeLessThanOrEqual(after)
    const request = new Request(`${TEST_URLS.apiUrl}/x`, {
      headers: { Authorization: `Bearer ${body.access_token as string}` },
    })
    expect(userFor(store, request)).toBe('demo')
  })

  it('accepts a JSON body as Trakt documents it', async () => {
    const { verifier, code } = await authorize()
    const response = await post(
      '/oauth/token',
      {
        grant_type: 'authorization_code',
        client_id: 'cid',
        code,
        redirect_uri: REDIRECT,
        code_verifier: verifier,
      },
      true,
    )
    expect(response.status).toBe(200)
  })

  it.each([
    ['a wrong verifier', (code: string) => exchange(code, generateRandomCodeVerifier())],
    [
      'another redirect_uri',
      (code: string, verifier: string) =>
        exchange(code, verifier, { redirect_uri: 'https://evil.example.com/cb' }),
    ],
    ['an unknown code', (_code: string, verifier: string) => exchange('nope', verifier)],
  ])('refuses %s with 400 invalid_grant', async (_name, send) => {
    const { verifier, code } = await authorize()
    const response = await send(code, verifier)
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' })
  })

  it('lets a code work only once and expire', async () => {
    const { verifier, code } = await authorize()
    expect((await exchange(code, verifier)).status).toBe(200)
    expect((await exchange(code, verifier)).status).toBe(400)
    const late = await authorize()
    store.db.oauth.codes[late.code]!.expires_at = Date.now() - 1
    expect((await exchange(late.code, late.verifier)).status).toBe(400)
  })

  it('refuses a client secret (Marquee is a public client)', async () => {
    const { verifier, code } = await authorize()
    expect((await exchange(code, verifier, { client_secret: 'x' })).status).toBe(400)
  })

  it('redirects a denial with access_denied and the state', () => {
    const url = new URL(denyAuthorization(store, { redirect_uri: REDIRECT, state: 's2' }))
    expect(url.searchParams.get('error')).toBe('access_denied')
    expect(url.searchParams.get('state')).toBe('s2')
  })
})

describe('sandbox refresh and revoke', () => {
  it('rotates refresh tokens: the old one dies', async () => {
    const { verifier, code } = await authorize()
    const first = (await (await exchange(code, verifier)).json()) as {
      refresh_token: string
      access_token: string
    }
    const refresh = (token: string) =>
      post('/oauth/token', { grant_type: 'refresh_token', client_id: 'cid', refresh_token: token })
    const second = await refresh(first.refresh_token)
    expect(second.status).toBe(200)
    const again = await refresh(first.refresh_token)
    expect(again.status).toBe(401)
    expect(await again.json()).toMatchObject({ error: 'invalid_grant' })
  })

  it('expires access tokens after the configured lifetime', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    setAccessTokenLifetime(store, 60)
    const { verifier, code } = await authorize()
    const body = (await (await exchange(code, verifier)).json()) as {
      access_token: string
      expires_in: number
    }
    expect(body.expires_in).toBe(60)
    const request = () =>
      new Request(`${TEST_URLS.apiUrl}/x`, { headers: { Authorization: `Bearer ${body.access_token}` } })
    expect(userFor(store, request())).toBe('demo')
    vi.advanceTimersByTime(60_000)
    expect(userFor(store, request())).toBeNull()
  })

  it('revokes an access token', async () => {
    const { verifier, code } = await authorize()
    const body = (await (await exchange(code, verifier)).json()) as { access_token: string }
    expect((await post('/oauth/revoke', { token: body.access_token, client_id: 'cid' })).status).toBe(200)
    expect(store.db.oauth.accessTokens[body.access_token]).toBeUndefined()
  })
})

describe('sandbox device flow', () => {
  const newCode = async () =>
    (await (await post('/oauth/device/code', { client_id: 'cid' })).json()) as {
      device_code: string
      user_code: string
      interval: number
      expires_in: number
    }

  it('answers every status of the reference table', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const poll = (code: string) => post('/oauth/device/token', { code, client_id: 'cid' })
    expect((await poll('unknown')).status).toBe(404)
    const code = await newCode()
    expect((await poll(code.device_code)).status).toBe(400)
    expect((await poll(code.device_code)).status).toBe(429)
    vi.advanceTimersByTime(code.interval * 1000)
    expect(approveDeviceCode(store, code.user_code.toLowerCase(), 'demo')).toEqual({ ok: true })
    const approved = await poll(code.device_code)
    expect(approved.status).toBe(200)
    expect(await approved.json()).toMatchObject({ token_type: 'bearer' })
    expect((await poll(code.device_code)).status).toBe(409)

    const denied = await newCode()
    expect(denyDeviceCode(store, denied.user_code)).toEqual({ ok: true })
    expect((await poll(denied.device_code)).status).toBe(418)

    const late = await newCode()
    vi.advanceTimersByTime(late.expires_in * 1000)
    expect((await poll(late.device_code)).status).toBe(410)
    expect(approveDeviceCode(store, late.user_code, 'demo')).toEqual({ ok: false, reason: 'expired' })
    expect(approveDeviceCode(store, 'ZZZZZZZZ', 'demo')).toEqual({ ok: false, reason: 'unknown' })
  })
})
