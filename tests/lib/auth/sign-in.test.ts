import { createHash } from 'node:crypto'
import { http, HttpResponse } from 'msw'
import { getAuthSession } from '@/lib/auth/default-session'
import { completeSignIn, createSignInRequest, PENDING_SIGN_IN_KEY } from '@/lib/auth/sign-in'
import { SESSION_KEY } from '@/lib/auth/stored-session'
import type { SignInError } from '@/lib/auth/sign-in-error'
import { DEFAULT_CLIENT_ID } from '@/lib/config'
import { DEMO_AUTHORIZE_PATH } from '@/lib/demo'
import { TraktHttpError, TraktNetworkError } from '@/lib/trakt/errors'
import { approveAuthorization, denyAuthorization } from '@/sandbox/handlers/oauth/authorize-actions'
import type { SandboxStore } from '@/sandbox/store'
import { AUTH_URL, signedOutAuthSandbox } from './auth-test-kit'

const auth = signedOutAuthSandbox()
let store: SandboxStore
beforeEach(() => {
  store = auth.store
})

async function approvedCallback(returnTo = '/watchlist') {
  const url = await createSignInRequest(returnTo)
  const p = url.searchParams
  return approveAuthorization(store, {
    client_id: p.get('client_id')!,
    redirect_uri: p.get('redirect_uri')!,
    state: p.get('state')!,
    code_challenge: p.get('code_challenge')!,
    username: 'demo',
  })
}

const kindOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: { kind?: string }) => e.kind,
  )

describe('createSignInRequest', () => {
  it('builds the authorize URL with PKCE S256 and remembers verifier, state and returnTo', async () => {
    const url = await createSignInRequest('/shows/severance')
    expect(`${url.origin}${url.pathname}`).toBe(`${AUTH_URL}/oauth/authorize`)
    const p = url.searchParams
    expect(p.get('response_type')).toBe('code')
    expect(p.get('client_id')).toBe(DEFAULT_CLIENT_ID)
    expect(p.get('redirect_uri')).toBe(`${window.location.origin}/auth/callback`)
    expect(p.get('code_challenge_method')).toBe('S256')
    expect(p.has('client_secret')).toBe(false)
    const pending = JSON.parse(sessionStorage.getItem(PENDING_SIGN_IN_KEY)!) as {
      state: string
      code_verifier: string
      returnTo: string
    }
    expect(p.get('state')).toBe(pending.state)
    expect(pending.returnTo).toBe('/shows/severance')
    expect(p.get('code_challenge')).toBe(
      createHash('sha256').update(pending.code_verifier).digest('base64url'),
    )
  })

  it('sends the demo to the in-app authorization page', async () => {
    localStorage.setItem('marquee.demo', '1')
    const url = await createSignInRequest('/')
    expect(url.toString().startsWith(`${window.location.origin}${DEMO_AUTHORIZE_PATH}?`)).toBe(true)
  })

  it('never returns to another site', async () => {
    await createSignInRequest('//evil.example.com/')
    expect(JSON.parse(sessionStorage.getItem(PENDING_SIGN_IN_KEY)!)).toMatchObject({ returnTo: '/' })
  })
})

describe('completeSignIn', () => {
  it('exchanges the code, stores expires_at from created_at + expires_in, loads the user, returns returnTo', async () => {
    const callback = await approvedCallback('/watchlist')
    await expect(completeSignIn(callback)).resolves.toBe('/watchlist')

    const tokenCall = auth.calls.find((c) => c.url.endsWith('/oauth/token'))!
    expect(tokenCall.body.get('grant_type')).toBe('authorization_code')
    expect(tokenCall.body.get('code_verifier')).toBeTruthy()
    expect(tokenCall.body.has('client_secret')).toBe(false)

    const stored = JSON.parse(localStorage.getItem(SESSION_KEY)!) as {
      tokens: { access_token: string; expires_at: number }
    }
    const issued = store.db.oauth.accessTokens[stored.tokens.access_token]!
    const demo = store.db.users[issued.username]!
    // The sandbox answered created_at = floor(now / 1000) and expires_in = 7 days.
    expect(stored.tokens.expires_at).toBe(
      Math.floor((issued.expires_at - 7 * 86400 * 1000) / 1000) * 1000 + 7 * 86400 * 1000,
    )
    expect(getAuthSession().getSnapshot()).toEqual({
      status: 'signed-in',
      expiresAt: stored.tokens.expires_at,
      // The profile is the sandbox's record of the user who approved.
      user: {
        username: demo.username,
        slug: demo.ids.slug,
        name: demo.name,
        avatar: demo.avatar,
        vip: demo.vip,
      },
    })
    expect(sessionStorage.getItem(PENDING_SIGN_IN_KEY)).toBeNull()
  })

  it('reports access_denied as "denied"', async () => {
    const url = await createSignInRequest('/')
    const callback = denyAuthorization(store, {
      redirect_uri: url.searchParams.get('redirect_uri')!,
      state: url.searchParams.get('state')!,
    })
    expect(await kindOf(completeSignIn(callback))).toBe('denied')
  })

  it('aborts on a state mismatch without calling the token endpoint', async () => {
    const callback = new URL(await approvedCallback())
    callback.searchParams.set('state', 'forged')
    expect(await kindOf(completeSignIn(callback))).toBe('state-mismatch')
    expect(auth.calls).toHaveLength(0)
  })

  it('aborts when no sign-in was started in this tab', async () => {
    const callback = await approvedCallback()
    sessionStorage.clear()
    expect(await kindOf(completeSignIn(callback))).toBe('state-mismatch')
  })

  it('reports a missing code', async () => {
    const callback = new URL(await approvedCallback())
    callback.searchParams.delete('code')
    expect(await kindOf(completeSignIn(callback))).toBe('missing-code')
  })

  it('refuses to use a code twice', async () => {
    const callback = await approvedCallback()
    const pending = sessionStorage.getItem(PENDING_SIGN_IN_KEY)!
    await completeSignIn(callback)
    sessionStorage.setItem(PENDING_SIGN_IN_KEY, pending)
    expect(await kindOf(completeSignIn(callback))).toBe('expired-code')
  })

  it('reports an expired code', async () => {
    const callback = await approvedCallback()
    for (const entry of Object.values(store.db.oauth.codes)) entry.expires_at = Date.now() - 1
    expect(await kindOf(completeSignIn(callback))).toBe('expired-code')
  })

  it('reports a refused exchange', async () => {
    auth.server.use(
      http.post(`${AUTH_URL}/oauth/token`, () =>
        HttpResponse.json({ error: 'invalid_client' }, { status: 401 }),
      ),
    )
    expect(await kindOf(completeSignIn(await approvedCallback()))).toBe('exchange-failed')
  })
})

describe('the token call goes through the network door', () => {
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected the sign-in to fail')
      },
      (error: unknown) => error as SignInError,
    )
  const tokenCalls = () => auth.calls.filter((c) => c.url === `${AUTH_URL}/oauth/token`)

  it('turns a network failure into a typed error', async () => {
    auth.server.use(http.post(`${AUTH_URL}/oauth/token`, () => HttpResponse.error()))
    const error = await failure(completeSignIn(await approvedCallback()))
    expect(error.kind).toBe('network')
    expect(error.message).toBe('Marquee could not reach Trakt.')
    expect(error.cause).toBeInstanceOf(TraktNetworkError)
    expect(error.cause).toMatchObject({ method: 'POST', path: '/oauth/token' })
  })

  it('turns a 5xx into a typed error with Trakt’s reason, without repeating the single-use code', async () => {
    auth.server.use(
      http.post(`${AUTH_URL}/oauth/token`, () =>
        HttpResponse.json({ error: 'server_error' }, { status: 503 }),
      ),
    )
    const error = await failure(completeSignIn(await approvedCallback()))
    expect(error.kind).toBe('unavailable')
    expect(error.message).toBe('Trakt is overloaded right now. Try again in about 30 seconds.')
    expect(error.cause).toBeInstanceOf(TraktHttpError)
    expect(error.cause).toMatchObject({ status: 503, path: '/oauth/token' })
    await vi.waitFor(() => expect(tokenCalls()).toHaveLength(1))
  })

  it('sits out a 429 like every other write and then signs in', async () => {
    auth.server.use(
      http.post(
        `${AUTH_URL}/oauth/token`,
        () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } }),
        { once: true },
      ),
    )
    await expect(completeSignIn(await approvedCallback('/calendar'))).resolves.toBe('/calendar')
    expect(tokenCalls()).toHaveLength(2)
    expect(getAuthSession().getSnapshot().status).toBe('signed-in')
  })

  it('gives up on a 429 that does not end, with a typed error', async () => {
    auth.server.use(
      http.post(
        `${AUTH_URL}/oauth/token`,
        () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } }),
      ),
    )
    const error = await failure(completeSignIn(await approvedCallback()))
    expect(error.kind).toBe('unavailable')
    expect(error.message).toBe('Trakt asked us to slow down. Try again in a moment.')
    expect(error.cause).toMatchObject({ name: 'TraktHttpError', status: 429 })
    expect(getAuthSession().getSnapshot().status).toBe('signed-out')
  })
})
