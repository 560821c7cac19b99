import { QueryClient } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { createAuthSession, SESSION_ENDED_MESSAGE, type AuthSession } from '@/lib/auth/auth-session'
import { installSession } from '@/lib/auth/default-session'
import { createMutex } from '@/lib/auth/refresh-lock'
import { DEMO_SESSION_KEY, SESSION_KEY } from '@/lib/auth/stored-session'
import { DEFAULT_CLIENT_ID } from '@/lib/config'
import { createTraktClient } from '@/lib/trakt/client'
import { createScheduler } from '@/lib/trakt/scheduler'
import { issueTokens, setAccessTokenLifetime } from '@/sandbox/handlers/oauth/oauth-tokens'
import type { SandboxStore } from '@/sandbox/store'
import { API_URL, AUTH_URL, signedOutAuthSandbox, createMemoryStorage } from './auth-test-kit'

const auth = signedOutAuthSandbox()
let store: SandboxStore
beforeEach(() => {
  store = auth.store
})

type Storage = ReturnType<typeof createMemoryStorage>

function tab(storage: Storage, lock = createMutex(), channel: FakeChannel | null = null) {
  return createAuthSession({
    clientId: DEFAULT_CLIENT_ID,
    authUrl: AUTH_URL,
    redirectUri: 'http://localhost:3000/auth/callback',
    storage,
    lock,
    channel,
  })
}

/** Signs `session` in with a real sandbox token pair. */
function signIn(session: AuthSession) {
  const answer = issueTokens(store, 'demo')
  session.saveTokenAnswer(answer)
  return answer
}

/** Two "tabs" talking like BroadcastChannel does (only to the other side). */
class FakeChannel {
  peer: FakeChannel | null = null
  private target = new EventTarget()
  postMessage(message: unknown) {
    this.peer?.target.dispatchEvent(new MessageEvent('message', { data: message }))
  }
  addEventListener(type: 'message', listener: (event: MessageEvent) => void) {
    this.target.addEventListener(type, listener as EventListener)
  }
}

describe('token refresh', () => {
  it('keeps a token that has more than 10 minutes left', async () => {
    const session = tab(createMemoryStorage())
    const answer = signIn(session)
    await expect(session.tokenSource.getAccessToken()).resolves.toBe(answer.access_token)
    expect(auth.refreshCalls()).toHaveLength(0)
  })

  it('refreshes before expiry and stores the rotated pair', async () => {
    setAccessTokenLifetime(store, 5 * 60)
    const session = tab(createMemoryStorage())
    const answer = signIn(session)
    const fresh = await session.tokenSource.getAccessToken()
    expect(fresh).not.toBe(answer.access_token)
    expect(store.db.oauth.accessTokens[fresh!]).toBeDefined()
    const [call] = auth.refreshCalls()
    expect(call!.body.get('refresh_token')).toBe(answer.refresh_token)
    expect(call!.body.get('client_id')).toBe(DEFAULT_CLIENT_ID)
    expect(call!.body.has('client_secret')).toBe(false)
    // The old refresh token died with the rotation.
    expect(store.db.oauth.refreshTokens[answer.refresh_token]).toBeUndefined()
    expect(session.readTokens()!.refresh_token).not.toBe(answer.refresh_token)
  })

  it('refreshes once after a 401 and repeats the request with the new token', async () => {
    const session = tab(createMemoryStorage())
    const answer = signIn(session)
    delete store.db.oauth.accessTokens[answer.access_token] // Trakt no longer accepts it
    const seen: (string | null)[] = []
    auth.server.use(
      http.get(`${API_URL}/users/settings`, ({ request }) => {
        seen.push(request.headers.get('Authorization'))
        const token = request.headers.get('Authorization')?.slice(7) ?? ''
        if (!store.db.oauth.accessTokens[token])
          return HttpResponse.json({ error: 'unauthorized' }, { status: 401 })
        return HttpResponse.json({ user: { username: 'Demo' } })
      }),
    )
    const client = createTraktClient({
      apiUrl: API_URL,
      clientId: DEFAULT_CLIENT_ID,
      scheduler: createScheduler({ getBudget: 100 }),
      tokens: session.tokenSource,
    })
    const { data } = await client.GET('/users/settings')
    expect(data?.user.username).toBe('Demo')
    const fresh = session.readTokens()!.access_token
    expect(seen).toEqual([`Bearer ${answer.access_token}`, `Bearer ${fresh}`])
    expect(auth.refreshCalls()).toHaveLength(1)
  })

  it('signs out with a message when the refresh token is dead', async () => {
    const session = tab(createMemoryStorage())
    const answer = signIn(session)
    const signedOut = vi.fn()
    session.onSignedOut(signedOut)
    delete store.db.oauth.refreshTokens[answer.refresh_token]
    await expect(session.tokenSource.refreshAfterUnauthorized(answer.access_token)).resolves.toBeNull()
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', message: SESSION_ENDED_MESSAGE })
    expect(session.readTokens()).toBeNull()
    expect(signedOut).toHaveBeenCalledTimes(1)
  })

  it('keeps the session when the auth server cannot be reached', async () => {
    const session = tab(createMemoryStorage())
    const answer = signIn(session)
    auth.server.use(http.post(`${AUTH_URL}/oauth/token`, () => HttpResponse.error()))
    await expect(session.tokenSource.refreshAfterUnauthorized(answer.access_token)).resolves.toBeNull()
    expect(session.getSnapshot().status).toBe('signed-in')
  })

  it.each([
    ['a 5xx', () => HttpResponse.json({ error: 'server_error' }, { status: 502 })],
    [
      'a 429 that does not end',
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } }),
    ],
  ])('keeps the session and the refresh token on %s', async (_what, answer) => {
    const session = tab(createMemoryStorage())
    const signedIn = signIn(session)
    auth.server.use(http.post(`${AUTH_URL}/oauth/token`, answer))
    await expect(session.tokenSource.refreshAfterUnauthorized(signedIn.access_token)).resolves.toBeNull()
    expect(session.getSnapshot().status).toBe('signed-in')
    expect(session.readTokens()!.refresh_token).toBe(signedIn.refresh_token)
  })

  it('lets only one of two tabs refresh; both end with the same new token', async () => {
    const storage = createMemoryStorage()
    const lock = createMutex() // stands in for navigator.locks, shared by the two tabs
    const tabA = tab(storage, lock)
    const tabB = tab(storage, lock)
    const answer = signIn(tabA)
    const [a, b] = await Promise.all([
      tabA.tokenSource.refreshAfterUnauthorized(answer.access_token),
      tabB.tokenSource.refreshAfterUnauthorized(answer.access_token),
    ])
    expect(auth.refreshCalls()).toHaveLength(1)
    expect(a).toBeTruthy()
    expect(b).toBe(a)
    expect(tabB.readTokens()!.access_token).toBe(a)
    expect(tabB.getSnapshot().status).toBe('signed-in')
  })

  it('shares one refresh between concurrent requests of the same tab', async () => {
    setAccessTokenLifetime(store, 60)
    const session = tab(createMemoryStorage())
    signIn(session)
    const tokens = await Promise.all([
      session.tokenSource.getAccessToken(),
      session.tokenSource.getAccessToken(),
      session.tokenSource.getAccessToken(),
    ])
    expect(new Set(tokens).size).toBe(1)
    expect(auth.refreshCalls()).toHaveLength(1)
  })
})

describe('sign out', () => {
  it('revokes the token, clears storage and the query cache', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    queryClient.setQueryData(['sync', 'watchlist', 'movies'], [1, 2, 3])
    const session = installSession({ queryClient })
    const answer = signIn(session)
    session.setUser(answer.access_token, {
      username: 'Demo',
      slug: 'demo',
      name: null,
      avatar: null,
      vip: false,
    })
    await session.signOut()
    const revoke = auth.calls.find((c) => c.url.endsWith('/oauth/revoke'))!
    expect(revoke.body.get('token')).toBe(answer.access_token)
    expect(revoke.body.get('client_id')).toBe(DEFAULT_CLIENT_ID)
    expect(revoke.body.has('client_secret')).toBe(false)
    expect(store.db.oauth.accessTokens[answer.access_token]).toBeUndefined()
    expect(localStorage.getItem(SESSION_KEY)).toBeNull()
    expect(session.getSnapshot()).toEqual({ status: 'signed-out' })
    expect(queryClient.getQueryData(['sync', 'watchlist', 'movies'])).toBeUndefined()
  })

  it('signs out locally even when revoking fails', async () => {
    const session = tab(createMemoryStorage())
    signIn(session)
    auth.server.use(http.post(`${AUTH_URL}/oauth/revoke`, () => HttpResponse.error()))
    await session.signOut()
    expect(session.getSnapshot().status).toBe('signed-out')
  })

  it('tells the other tabs', async () => {
    const storage = createMemoryStorage()
    const channelA = new FakeChannel()
    const channelB = new FakeChannel()
    channelA.peer = channelB
    channelB.peer = channelA
    const tabA = tab(storage, createMutex(), channelA)
    const tabB = tab(storage, createMutex(), channelB)
    signIn(tabA)
    const heardInB = vi.fn()
    const signedOutInB = vi.fn()
    tabB.subscribe(heardInB)
    tabB.onSignedOut(signedOutInB)
    expect(tabB.getSnapshot().status).toBe('signed-in')
    await tabA.signOut()
    expect(heardInB).toHaveBeenCalled()
    expect(signedOutInB).toHaveBeenCalledTimes(1)
    expect(tabB.getSnapshot().status).toBe('signed-out')
  })
})

describe('demo mode', () => {
  it('keeps sandbox tokens apart from a real Trakt session', () => {
    localStorage.setItem(
      SESSION_KEY,
      JSON.stringify({
        tokens: {
          access_token: 'real',
          refresh_token: 'real-r',
          expires_at: Date.now() + 1e9,
          scope: 'public',
        },
      }),
    )
    localStorage.setItem('marquee.demo', '1')
    const session = installSession()
    expect(session.getSnapshot()).toEqual({ status: 'signed-out' })
    signIn(session)
    expect(JSON.parse(localStorage.getItem(SESSION_KEY)!)).toMatchObject({ tokens: { access_token: 'real' } })
    expect(localStorage.getItem(DEMO_SESSION_KEY)).toContain('access_token')
  })
})

describe('the storage event fallback', () => {
  it('re-reads the session when another tab writes localStorage', () => {
    const session = installSession()
    const listener = vi.fn()
    session.subscribe(listener)
    localStorage.setItem(SESSION_KEY, JSON.stringify({ ended: SESSION_ENDED_MESSAGE }))
    window.dispatchEvent(new StorageEvent('storage', { key: SESSION_KEY }))
    expect(listener).toHaveBeenCalled()
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', message: SESSION_ENDED_MESSAGE })
  })
})
