import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { AuthCallbackPage } from '@/features/auth/components/auth-callback-page'
import { getAuthSession, resetAuthSession } from '@/lib/auth/default-session'
import { createSignInRequest } from '@/lib/auth/sign-in'
import { resetTrakt } from '@/lib/trakt/trakt'
import { approveAuthorization, denyAuthorization } from '@/sandbox/handlers/oauth/authorize-actions'
import type { SandboxStore } from '@/sandbox/store'
import { AUTH_URL, createAuthSandbox, createAuthServer } from '../../lib/auth/auth-test-kit'
import { renderRoute } from './render-route'

vi.mock('@/lib/auth/browser-location', () => ({
  assignLocation: vi.fn(),
  currentOrigin: () => window.location.origin,
}))

const auth = createAuthServer()
let store: SandboxStore

beforeAll(() => auth.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => auth.server.close())
beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
  resetAuthSession()
  resetTrakt({ writeIntervalMs: 0 })
  store = createAuthSandbox()
  auth.use(store)
})

async function callbackSearch(decision: 'approve' | 'deny' = 'approve', returnTo = '/watchlist') {
  const p = (await createSignInRequest(returnTo)).searchParams
  const request = {
    client_id: p.get('client_id')!,
    redirect_uri: p.get('redirect_uri')!,
    state: p.get('state')!,
    code_challenge: p.get('code_challenge')!,
  }
  const url =
    decision === 'approve'
      ? approveAuthorization(store, { ...request, username: 'demo' })
      : denyAuthorization(store, request)
  return new URL(url).search
}

const renderCallback = (search: string) =>
  renderRoute('/auth/callback', <AuthCallbackPage />, `/auth/callback${search}`)

describe('AuthCallbackPage', () => {
  it('signs in once (even in StrictMode) and returns to where the user started', async () => {
    await renderCallback(await callbackSearch('approve', '/watchlist'))
    expect(await screen.findByRole('heading', { name: 'Landing at /watchlist' })).toBeInTheDocument()
    expect(auth.calls.filter((c) => c.url.endsWith('/oauth/token'))).toHaveLength(1)
    expect(getAuthSession().getSnapshot()).toMatchObject({ status: 'signed-in', user: { username: 'Demo' } })
  })

  it('explains a refusal and offers to try again or the demo', async () => {
    await renderCallback(await callbackSearch('deny'))
    expect(
      await screen.findByRole('heading', { name: 'You chose not to connect Marquee to Trakt' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('alert')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled()
    expect(screen.getByRole('button', { name: 'Try the demo' })).toBeEnabled()
  })

  it('explains a state mismatch', async () => {
    const search = (await callbackSearch()).replace(/state=[^&]+/, 'state=forged')
    await renderCallback(search)
    expect(
      await screen.findByRole('heading', { name: 'This sign-in could not be verified' }),
    ).toBeInTheDocument()
  })

  it('explains a missing code', async () => {
    const search = (await callbackSearch()).replace(/code=[^&]+&?/, '')
    await renderCallback(search)
    expect(
      await screen.findByRole('heading', { name: 'Trakt did not send a sign-in code' }),
    ).toBeInTheDocument()
  })

  it('explains an expired or reused code', async () => {
    const search = await callbackSearch()
    for (const entry of Object.values(store.db.oauth.codes)) entry.expires_at = 0
    await renderCallback(search)
    expect(await screen.findByRole('heading', { name: 'This sign-in link expired' })).toBeInTheDocument()
  })

  it('explains a refused exchange', async () => {
    auth.server.use(
      http.post(`${AUTH_URL}/oauth/token`, () =>
        HttpResponse.json({ error: 'invalid_client' }, { status: 401 }),
      ),
    )
    await renderCallback(await callbackSearch())
    expect(
      await screen.findByRole('heading', { name: 'Trakt did not accept the sign-in' }),
    ).toBeInTheDocument()
  })

  it('explains a rate limit or a server error on the token call', async () => {
    auth.server.use(
      http.post(`${AUTH_URL}/oauth/token`, () =>
        HttpResponse.json({ error: 'server_error' }, { status: 503 }),
      ),
    )
    await renderCallback(await callbackSearch())
    expect(await screen.findByRole('heading', { name: 'Trakt is busy right now' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Wait a minute, then try again.')
  })

  it('explains a network failure', async () => {
    auth.server.use(http.post(`${AUTH_URL}/oauth/token`, () => HttpResponse.error()))
    await renderCallback(await callbackSearch())
    expect(await screen.findByRole('heading', { name: 'Marquee could not reach Trakt' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Sign in with a code' })).toHaveAttribute('href', '/signin/code')
  })
})
