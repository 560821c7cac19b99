import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { getAuthSession } from '@/lib/auth/default-session'
import { createSignInRequest } from '@/lib/auth/sign-in'
import { approveAuthorization, denyAuthorization } from '@/sandbox/handlers/oauth/authorize-actions'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { TEST_URLS } from '../../../support/sandbox-server'

vi.mock('@/lib/auth/browser-location', () => ({
  assignLocation: vi.fn(),
  currentOrigin: () => window.location.origin,
}))

const AUTH_URL = TEST_URLS.authUrl
const SLOW = { timeout: 10_000 }
// Every request Trakt's OAuth server received in this test.
const tokenCalls: string[] = []
beforeEach(() => {
  tokenCalls.length = 0
})
sandboxServer.server.events.on('request:start', ({ request }) => {
  if (request.url === `${AUTH_URL}/oauth/token`) tokenCalls.push(request.method)
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
      ? approveAuthorization(sandboxServer.sandbox.store, { ...request, username: 'demo' })
      : denyAuthorization(sandboxServer.sandbox.store, request)
  return new URL(url).search
}

const renderCallback = async (search: string) => renderApp(`/auth/callback${search}`)

describe('AuthCallbackPage', () => {
  // renderApp renders in StrictMode, which renders and runs effects twice: the code must still be exchanged once.
  it('signs in once (even in StrictMode) and returns to where the user started', async () => {
    const { router } = await renderCallback(await callbackSearch('approve', '/watchlist'))
    await waitFor(() => expect(router.state.location.pathname).toBe('/watchlist'), SLOW)
    expect(tokenCalls).toEqual(['POST'])
    // Trakt issued exactly one access token for that one exchange.
    expect(Object.keys(sandboxServer.sandbox.store.db.oauth.accessTokens)).toHaveLength(1)
    expect(getAuthSession().getSnapshot()).toMatchObject({
      status: 'signed-in',
      user: { username: sandboxServer.sandbox.store.db.users.demo!.username },
    })
  })

  it('explains a refusal and offers to try again or the demo', async () => {
    await renderCallback(await callbackSearch('deny'))
    expect(
      await screen.findByRole('heading', { name: 'You chose not to connect Marquee to Trakt' }, SLOW),
    ).toBeInTheDocument()
    const main = within(screen.getByRole('main'))
    expect(main.getByRole('alert')).toBeInTheDocument()
    expect(main.getByRole('button', { name: 'Try again' })).toBeEnabled()
    // The page's own button, not the layout's demo invitation.
    expect(main.getByRole('button', { name: 'Try the demo' })).toBeEnabled()
  })

  it('explains a state mismatch', async () => {
    const search = (await callbackSearch()).replace(/state=[^&]+/, 'state=forged')
    await renderCallback(search)
    expect(
      await screen.findByRole('heading', { name: 'This sign-in could not be verified' }, SLOW),
    ).toBeInTheDocument()
  })

  it('explains a missing code', async () => {
    const search = (await callbackSearch()).replace(/code=[^&]+&?/, '')
    await renderCallback(search)
    expect(
      await screen.findByRole('heading', { name: 'Trakt did not send a sign-in code' }, SLOW),
    ).toBeInTheDocument()
  })

  it('explains an expired or reused code', async () => {
    const search = await callbackSearch()
    for (const entry of Object.values(sandboxServer.sandbox.store.db.oauth.codes)) entry.expires_at = 0
    await renderCallback(search)
    expect(
      await screen.findByRole('heading', { name: 'This sign-in link expired' }, SLOW),
    ).toBeInTheDocument()
  })

  it('explains a refused exchange', async () => {
    sandboxServer.server.use(
      http.post(`${AUTH_URL}/oauth/token`, () =>
        HttpResponse.json({ error: 'invalid_client' }, { status: 401 }),
      ),
    )
    await renderCallback(await callbackSearch())
    expect(
      await screen.findByRole('heading', { name: 'Trakt did not accept the sign-in' }, SLOW),
    ).toBeInTheDocument()
  })

  it('explains a rate limit or a server error on the token call', async () => {
    sandboxServer.server.use(
      http.post(`${AUTH_URL}/oauth/token`, () =>
        HttpResponse.json({ error: 'server_error' }, { status: 503 }),
      ),
    )
    await renderCallback(await callbackSearch())
    expect(await screen.findByRole('heading', { name: 'Trakt is busy right now' }, SLOW)).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Wait a minute, then try again.')
  })

  it('explains a network failure', async () => {
    sandboxServer.server.use(http.post(`${AUTH_URL}/oauth/token`, () => HttpResponse.error()))
    await renderCallback(await callbackSearch())
    expect(
      await screen.findByRole('heading', { name: 'Marquee could not reach Trakt' }, SLOW),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Sign in with a code' })).toHaveAttribute('href', '/signin/code')
  })
})
